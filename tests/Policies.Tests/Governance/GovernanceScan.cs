using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests.Governance;

/// <summary>Runs one governance policy with given settings over a folder of tests/fixtures/governance and prints each result on one line.</summary>
internal static class GovernanceScan
{
    public static List<string> Run(string folder, Policy policy, PolicySettings settings)
    {
        var graph = FixtureScanner.Scan(SourceFormat.Terraform, TestPaths.Fixtures("governance", folder));
        Assert.That(graph.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty, "fixtures must parse");
        return [.. PolicyRunner.Run(graph, [policy], settings).Findings.Select(Format)];
    }

    /// <summary><c>Failed main.tf:3:10-5:4 aws_s3_bucket "aws_s3_bucket.b" is missing ...</c></summary>
    public static string Format(Finding finding)
    {
        var start = finding.Location.StartPosition;
        var end = finding.Location.EndPosition;
        return $"{finding.Status} {finding.Location.File?.Path}:{start.Line}:{start.Column}-{end.Line}:{end.Column} {finding.Message}";
    }
}
