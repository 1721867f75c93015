using PolicyScan.Parsers.Text;
using PolicyScan.Parsers.Graph;
using System.Globalization;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// The human report: failures (with --verbose, unknowns and suppressions with their reasons) grouped by file, each
/// with the offending source line and a caret under the span, then a summary table and the policies that failed most.
/// <c>--compact</c> gives one line per finding, as compilers do, and a one-line summary.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const int MostFailedPolicies = 5;

    public string Format => "text";

    public string Description => "findings grouped by file, the source line with a caret under the span, and a summary (default); --compact: one line each";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var shown = Shown(report);
        if (report.Settings.CompactText)
        {
            foreach (var finding in shown)
            {
                WriteCompact(output, finding, context.Color);
            }

            output.WriteLine(SummaryLine(report));
            return;
        }

        foreach (var file in shown.GroupBy(FileOf, StringComparer.Ordinal))
        {
            output.WriteLine(Ansi.Paint(file.Key, Ansi.Bold, context.Color));
            foreach (var finding in file)
            {
                WriteFinding(output, finding, context.Color);
            }

            output.WriteLine();
        }

        WriteSummaryTable(output, report);
        WriteMostFailedPolicies(output, report);
        output.WriteLine(SummaryLine(report));
    }

    /// <summary>Failures always; unknowns and suppressions with --verbose; ordered by file, position, policy and resource.</summary>
    private static List<Finding> Shown(ScanReport report) =>
        [.. report.Findings
            .Where(f => f.Status == ResultStatus.Failed || (report.Settings.Verbose && f.Status is ResultStatus.Unknown or ResultStatus.Suppressed))
            .OrderBy(FileOf, StringComparer.Ordinal)
            .ThenBy(f => f.Location.StartPosition.Line)
            .ThenBy(f => f.Location.StartPosition.Column)
            .ThenBy(f => f.Policy.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Resource.Address, StringComparer.Ordinal)
            .ThenBy(f => f.Resource.Root, StringComparer.Ordinal)];

    private static string FileOf(Finding finding) => finding.Location.File?.Path ?? string.Empty;

    private static void WriteFinding(TextWriter writer, Finding finding, bool color)
    {
        var position = finding.Location.StartPosition;
        writer.WriteLine($"  {Label(finding, color)} {finding.Policy.Id} {finding.Policy.Name} ({finding.Resource.Address})");
        writer.WriteLine($"    {finding.Message}");
        if (finding.Suppression is { } suppression)
        {
            writer.WriteLine($"    {Ansi.Paint("suppressed: " + SuppressionText(suppression), Ansi.Dim, color)}");
        }

        writer.WriteLine($"    {Ansi.Paint("-->", Ansi.Dim, color)} {FileOf(finding)}:{Number(position.Line)}:{Number(position.Column)}");
        // A plan JSON line may hold sensitive values beside the one judged (terraform show -json writes one line):
        // a finding located in the plan itself is shown by its location only.
        if (finding.Resource.Format != SourceFormat.TerraformPlan || IsConfigurationFile(finding.Location))
        {
            SourceExcerpt.Write(writer, finding.Location, "    ", color);
        }
    }

    private static bool IsConfigurationFile(SourceRange location) =>
        location.File?.Path is { } path && (path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase));

    private static void WriteCompact(TextWriter writer, Finding finding, bool color)
    {
        var position = finding.Location.StartPosition;
        var suppression = finding.Suppression is { } s ? $" (suppressed: {SuppressionText(s)})" : string.Empty;
        writer.WriteLine($"{FileOf(finding)}:{Number(position.Line)}:{Number(position.Column)}: {Label(finding, color)} {finding.Policy.Id} {finding.Message} [{finding.Resource.Address}]{suppression}");
    }

    /// <summary>The severity of a failure in capitals, coloured by severity; UNKNOWN and SUPPRESSED for the others.</summary>
    private static string Label(Finding finding, bool color) => finding.Status switch
    {
        ResultStatus.Failed => Ansi.Paint(SeverityNames.Name(finding.Severity).ToUpperInvariant(), Ansi.SeverityStyle(finding.Severity), color),
        ResultStatus.Unknown => Ansi.Paint("UNKNOWN", Ansi.Magenta, color),
        _ => Ansi.Paint("SUPPRESSED", Ansi.Dim, color),
    };

    private static string SuppressionText(Policies.Suppressions.Suppression suppression)
    {
        var reason = string.IsNullOrWhiteSpace(suppression.Reason) ? "no reason given" : suppression.Reason;
        var author = suppression.Author is { } a ? $", by {a}" : string.Empty;
        var expires = suppression.Expires is { } e ? $", until {e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty;
        return $"{reason} ({suppression.Source}{author}{expires})";
    }

    private static void WriteSummaryTable(TextWriter writer, ScanReport report)
    {
        var result = report.Result;
        var rows = new List<(string Label, int Count)>();
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            rows.Add(($"failed {SeverityNames.Name(severity)}", result.Findings.Count(f => f.Status == ResultStatus.Failed && f.Severity == severity)));
        }

        rows.Add(("failed", result.Count(ResultStatus.Failed)));
        rows.Add(("unknown", result.Count(ResultStatus.Unknown)));
        rows.Add(("suppressed", result.Count(ResultStatus.Suppressed)));
        rows.Add(("passed", result.Count(ResultStatus.Passed)));
        rows.Add(("not applicable", result.Count(ResultStatus.NotApplicable)));
        rows.Add(("resources", result.Graph.Resources.Length));
        rows.Add(("files", result.Graph.Files.Length));
        rows.Add(("input errors", result.Diagnostics.Count(d => d.IsError)));
        if (report.BaselineMatches is { } matches)
        {
            rows.Add(("in the baseline", matches));
            rows.Add(("baseline entries gone", report.ResolvedBaselineEntries ?? 0));
        }

        var labelWidth = rows.Max(r => r.Label.Length);
        var countWidth = Math.Max("count".Length, rows.Max(r => Number(r.Count).Length));
        writer.WriteLine("Summary");
        writer.WriteLine($"  {"result".PadRight(labelWidth)}  {"count".PadLeft(countWidth)}");
        writer.WriteLine($"  {new string('-', labelWidth)}  {new string('-', countWidth)}");
        foreach (var (label, count) in rows)
        {
            writer.WriteLine($"  {label.PadRight(labelWidth)}  {Number(count).PadLeft(countWidth)}");
        }

        writer.WriteLine();
    }

    private static void WriteMostFailedPolicies(TextWriter writer, ScanReport report)
    {
        var top = report.Findings.Where(f => f.Status == ResultStatus.Failed)
            .GroupBy(f => f.Policy.Id, StringComparer.Ordinal)
            .Select(g => (Policy: g.First().Policy, Count: g.Count()))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Policy.Id, StringComparer.Ordinal)
            .Take(MostFailedPolicies)
            .ToList();
        if (top.Count == 0)
        {
            return;
        }

        var width = Number(top[0].Count).Length;
        writer.WriteLine("Policies with most failures");
        foreach (var (policy, count) in top)
        {
            writer.WriteLine($"  {Number(count).PadLeft(width)}  {policy.Id} {policy.Name}");
        }

        writer.WriteLine();
    }

    /// <summary>One line: failures by severity, then the other statuses and what was read.</summary>
    private static string SummaryLine(ScanReport report)
    {
        var result = report.Result;
        var failed = result.Findings.Where(f => f.Status == ResultStatus.Failed).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => (Severity: s, Count: failed.Count(f => f.Severity == s)))
            .Where(s => s.Count > 0)
            .Select(s => $"{Number(s.Count)} {SeverityNames.Name(s.Severity)}");
        return $"{Number(failed.Count)} failed{(failed.Count > 0 ? " (" + string.Join(", ", bySeverity) + ")" : string.Empty)}, "
            + $"{Number(result.Count(ResultStatus.Unknown))} unknown, {Number(result.Count(ResultStatus.Suppressed))} suppressed, "
            + $"{Number(result.Count(ResultStatus.Passed))} passed, {Number(result.Count(ResultStatus.NotApplicable))} not applicable; "
            + $"{Number(result.Graph.Resources.Length)} resources in {Number(result.Graph.Files.Length)} files; {Number(result.Diagnostics.Count(d => d.IsError))} input errors";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
