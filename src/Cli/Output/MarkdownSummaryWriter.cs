using System.Globalization;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format markdown</c>: a summary for a pull-request comment or <c>$GITHUB_STEP_SUMMARY</c> (the
/// <c>github</c> format appends the same text there): totals, the failing findings (at most
/// <see cref="MaxRows"/>), input errors, and the suppressions with their reasons folded away.
/// </summary>
internal sealed class MarkdownSummaryWriter : IReportWriter
{
    /// <summary>Rows per table; a PR comment is limited to 65536 characters and nobody reads row 500.</summary>
    public const int MaxRows = 100;

    public string Format => "markdown";

    public string Description => "a Markdown summary (totals, failing findings, suppressions) for a pull-request comment or $GITHUB_STEP_SUMMARY";

    public void Write(ScanReport report, TextWriter output, OutputContext context) => WriteSummary(report, output);

    public static void WriteSummary(ScanReport report, TextWriter output)
    {
        var result = report.Result;
        var failed = FindingOrder.WorstFirst(report.Findings.Where(f => f.Status == ResultStatus.Failed)).ToList();
        var errors = report.Diagnostics.Where(d => d.IsError).ToList();
        output.WriteLine("## PolicyScan results");
        output.WriteLine();
        output.WriteLine(failed.Count == 0 && errors.Count == 0
            ? "No failing findings."
            : $"**{Plural(failed.Count, "failing finding")}**, {Plural(errors.Count, "input error")}.");
        output.WriteLine();
        WriteTotals(output, report, failed, errors.Count);
        if (failed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("### Failing findings");
            output.WriteLine();
            output.WriteLine("| Severity | Policy | Resource | Location | Message |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var finding in failed.Take(MaxRows))
            {
                output.WriteLine($"| {SeverityNames.Name(finding.Severity)} | {PolicyLink(finding.Policy)} | {MarkdownText.Code(finding.Resource.Address)} | {MarkdownText.Code(Location(finding.Location))} | {MarkdownText.Cell(finding.Message)} |");
            }

            WriteRemainder(output, failed.Count, "failing findings");
        }

        if (errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("### Input errors");
            output.WriteLine();
            output.WriteLine("| Code | Location | Message |");
            output.WriteLine("|---|---|---|");
            foreach (var error in errors.Take(MaxRows))
            {
                output.WriteLine($"| {error.Code} | {MarkdownText.Code(Location(error.Range))} | {MarkdownText.Cell(error.Message)} |");
            }

            WriteRemainder(output, errors.Count, "input errors");
        }

        var suppressed = FindingOrder.WorstFirst(result.Findings.Where(f => f.Status == ResultStatus.Suppressed)).ToList();
        if (suppressed.Count > 0)
        {
            // Folded: reviewers need them on record, not in the way.
            output.WriteLine();
            output.WriteLine($"<details><summary>{Plural(suppressed.Count, "suppressed finding")}</summary>");
            output.WriteLine();
            output.WriteLine("| Policy | Resource | Location | Reason | Expires | Source |");
            output.WriteLine("|---|---|---|---|---|---|");
            foreach (var finding in suppressed.Take(MaxRows))
            {
                var suppression = finding.Suppression;
                var reason = suppression?.Reason is { Length: > 0 } text ? MarkdownText.Cell(text) : "*(no reason given)*";
                var expires = suppression?.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
                output.WriteLine($"| {PolicyLink(finding.Policy)} | {MarkdownText.Code(finding.Resource.Address)} | {MarkdownText.Code(Location(finding.Location))} | {reason} | {expires} | {MarkdownText.Cell(suppression?.Source ?? string.Empty)} |");
            }

            WriteRemainder(output, suppressed.Count, "suppressed findings");
            output.WriteLine();
            output.WriteLine("</details>");
        }
    }

    private static void WriteTotals(TextWriter output, ScanReport report, List<Finding> failed, int inputErrors)
    {
        output.WriteLine("| Result | Count |");
        output.WriteLine("|---|---:|");
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            output.WriteLine($"| Failed: {SeverityNames.Name(severity)} | {failed.Count(f => f.Severity == severity)} |");
        }

        output.WriteLine($"| Unknown before deployment | {report.Count(ResultStatus.Unknown)} |");
        output.WriteLine($"| Suppressed | {report.Count(ResultStatus.Suppressed)} |");
        output.WriteLine($"| Passed | {report.Count(ResultStatus.Passed)} |");
        output.WriteLine($"| Not applicable | {report.Count(ResultStatus.NotApplicable)} |");
        output.WriteLine($"| Resources | {report.Result.Graph.Resources.Length} |");
        output.WriteLine($"| Files | {report.Result.Graph.Files.Length} |");
        output.WriteLine($"| Input errors | {inputErrors} |");
    }

    private static void WriteRemainder(TextWriter output, int count, string what)
    {
        if (count > MaxRows)
        {
            output.WriteLine();
            output.WriteLine($"… and {count - MaxRows} more {what} (see the full report).");
        }
    }

    private static string PolicyLink(PolicyMetadata policy) => $"[{policy.Id}]({policy.HelpUri}) {MarkdownText.Cell(policy.Title)}";

    private static string Location(SourceRange range) =>
        range.File is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{range.File.Path}:{range.StartPosition.Line}");

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
