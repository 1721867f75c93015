using PolicyScan.Cli.Output;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Tests;

/// <summary>
/// Reports made by the real pipeline and then edited, for the output cases a fixture cannot easily produce (a
/// suppression, a message with characters that need escaping, many failures).
/// </summary>
internal static class ReportFixtures
{
    /// <summary>The repository: the root fixture paths are shown relative to (<c>--root</c>).</summary>
    public static string Repository => Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.Fixture())!)!;

    public static ScanReport Scan(string fixture, ScanSettings? settings = null) =>
        ScanPipeline.Run((settings ?? new ScanSettings()) with { Paths = [CliRunner.Fixture("cli", fixture)], Root = Repository });

    /// <summary>The medium-only fixture with one failure left (versioning, medium) and its passes and not-applicables.</summary>
    public static ScanReport OneFailure()
    {
        var report = Scan("medium-only");
        return report.WithFindings(report.Findings.Where(f => f.Status != ResultStatus.Failed || f.Policy.Id == "PS-AWS-S3-008"));
    }

    public static ScanReport WithFindings(this ScanReport report, IEnumerable<Finding> findings) =>
        report with { Result = report.Result with { Findings = [.. findings] } };

    public static Finding Suppressed(Finding finding, string? reason) => finding with
    {
        Status = ResultStatus.Suppressed,
        OriginalStatus = finding.Status,
        Suppression = new Suppression { Kind = SuppressionKind.Inline, Source = "policyscan:ignore", NamedId = finding.Policy.Id, Reason = reason },
    };

    public static string Write(IReportWriter writer, ScanReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output, OutputContext.File);
        return output.ToString();
    }
}
