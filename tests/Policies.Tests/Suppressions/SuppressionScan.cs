using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary>
/// Scans a fixture under tests/fixtures/suppressions with the S3 policies the fixtures waive (default encryption
/// PS-AWS-S3-004, versioning PS-AWS-S3-008, TLS only PS-AWS-S3-009) and applies suppressions as of a given day.
/// </summary>
internal static class SuppressionScan
{
    public static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly string[] WaivedPolicies = ["PS-AWS-S3-004", "PS-AWS-S3-008", "PS-AWS-S3-009"];

    public static ScanResult Run(SourceFormat format, string fixture, Func<SuppressionOptions, SuppressionOptions>? configure = null, params string[] policyIds)
    {
        var directory = TestPaths.Fixtures("suppressions", FixtureScanner.FolderOf(format), fixture);
        var graph = FixtureScanner.Scan(format, directory);
        var selected = policyIds.Length == 0 ? WaivedPolicies : policyIds;
        var policies = PolicyCatalog.BuiltInPolicies.Where(p => selected.Contains(p.Metadata.Id));
        var options = new SuppressionOptions { Today = Today };
        return FindingSuppressor.Apply(PolicyRunner.Run(graph, policies), configure is null ? options : configure(options));
    }

    public static Finding Single(this ScanResult result, string address, string policyId) =>
        result.Findings.Single(f => f.Resource.Address == address && f.Policy.Id == policyId);

    /// <summary>The suppression warnings as <c>line:column code</c>, for assertions that read like the output.</summary>
    public static IEnumerable<string> SuppressionWarnings(this ScanResult result) =>
        result.Diagnostics
            .Where(d => d.Code.StartsWith("PS03", StringComparison.Ordinal))
            .Select(d => $"{d.Range.StartPosition.Line}:{d.Range.StartPosition.Column} {d.Code}");

    public static IEnumerable<Diagnostic> WithCode(this ScanResult result, string code) => result.Diagnostics.Where(d => d.Code == code);
}
