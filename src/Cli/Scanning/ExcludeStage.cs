using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// Per-path excludes: findings and diagnostics located in files matching the configured patterns are dropped. The
/// files are still read, so a module defined in an excluded folder still resolves for the code that calls it.
/// </summary>
internal static class ExcludeStage
{
    public static ScanResult Apply(ScanResult result, ScanSettings settings)
    {
        var excludes = new PathPatterns(settings.Excludes);
        if (excludes.IsEmpty)
        {
            return result;
        }

        bool Excluded(string? path) => path is not null && excludes.Matches(path);
        return result with
        {
            Findings = [.. result.Findings.Where(f => !Excluded(f.Location.File?.Path))],
            Graph = result.Graph with { Diagnostics = [.. result.Diagnostics.Where(d => !Excluded(d.Range.File?.Path))] },
        };
    }
}
