using PolicyScan.Parsers.Text;

namespace PolicyScan.Cli.Output;

/// <summary>--verbose: what the scan did not read and why (<c>skipped: path (reason)</c>), in path order.</summary>
internal static class SkippedPrinter
{
    public static void Print(TextWriter writer, IEnumerable<SkippedPath> skipped)
    {
        foreach (var path in skipped.Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal))
        {
            writer.WriteLine($"skipped: {path.Path} ({path.Reason})");
        }
    }
}
