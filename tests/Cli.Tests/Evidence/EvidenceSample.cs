using PolicyScan.Cli.Output;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Tests.Evidence;

/// <summary>
/// The evidence report's test input: the example stack scanned in process, with the time and root pinned on the
/// report itself (no process-wide SOURCE_DATE_EPOCH, so tests may run in parallel), and one failure turned into a
/// suppression whose reason holds Markdown and HTML syntax, so every writer's escaping is on show.
/// </summary>
internal static class EvidenceSample
{
    public static readonly DateTimeOffset Time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string Root = "/checkout";

    public const string SuppressedPolicy = "PS-AWS-S3-001";

    public const string SuppressionReason = "Public <b>website</b> bucket | no PHI; see *ticket* SEC-12";

    public static ScanReport Report(string framework = ScanSettings.AllFrameworks)
    {
        var (path, root) = Golden.ExampleStack;
        var report = ScanPipeline.Run(new ScanSettings { Paths = [path], Root = root, ReportFramework = framework });
        var suppressed = report.Findings.First(f => f.Policy.Id == SuppressedPolicy && f.Status == ResultStatus.Failed);
        var waiver = suppressed with
        {
            Status = ResultStatus.Suppressed,
            OriginalStatus = ResultStatus.Failed,
            Suppression = new Suppression
            {
                Kind = SuppressionKind.Inline,
                Source = "policyscan:ignore",
                NamedId = SuppressedPolicy,
                Reason = SuppressionReason,
                Author = "jane.doe@example.com",
                Expires = new DateOnly(2027, 1, 31),
                Location = suppressed.Location,
            },
        };
        return report with
        {
            Result = report.Result with { Findings = [.. report.Findings.Select(f => ReferenceEquals(f, suppressed) ? waiver : f)] },
            Settings = report.Settings with { Root = Root },
            Time = Time,
        };
    }

    public static string Render(string format, ScanReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        ReportWriters.Find(format)!.Write(report, output, OutputContext.File);
        return output.ToString();
    }
}
