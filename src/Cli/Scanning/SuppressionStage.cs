using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// Suppressions: inline (ours and, unless turned off, Checkov's, tfsec's, Trivy's and KICS's) and configured ones turn
/// covered failures into suppressed findings; their warnings (expired, no reason, unknown policy) join the diagnostics.
/// Configured path patterns are matched here, relative to the scan root, as excludes are.
/// </summary>
internal static class SuppressionStage
{
    public static ScanResult Apply(ScanResult result, ScanSettings settings) =>
        FindingSuppressor.Apply(result, new SuppressionOptions
        {
            Inline = settings.InlineSuppressions,
            Foreign = settings.ForeignSuppressions,
            Today = settings.Today,
            Configured = [.. settings.ConfiguredSuppressions.Select(rule => new ConfiguredSuppression(rule, new PathPatterns(rule.Paths).Matches))],
        });
}
