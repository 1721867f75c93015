using System.Globalization;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>
/// <c>--format report</c>: the compliance evidence report in Markdown, for a pull request, a wiki or an audit folder.
/// Same content as <see cref="HtmlEvidenceReportWriter"/>.
/// </summary>
internal sealed class MarkdownEvidenceReportWriter : IReportWriter
{
    public string Format => "report";

    public string Description => "compliance evidence report in Markdown: per framework and control, the policies, results, failing resources and suppressions (--framework)";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var frameworks = EvidenceReport.Build(report);
        output.WriteLine($"# {EvidenceText.Title}");
        output.WriteLine();
        output.WriteLine(EvidenceText.Purpose);
        output.WriteLine();
        output.WriteLine("| Fact | Value |");
        output.WriteLine("|---|---|");
        foreach (var (label, value) in EvidenceText.Facts(report))
        {
            output.WriteLine($"| {label} | {MarkdownCells.Escape(value)} |");
        }

        output.WriteLine();
        output.WriteLine("## Summary");
        output.WriteLine();
        output.WriteLine($"| Framework | Controls | {string.Join(" | ", EvidenceText.SummaryColumns.Select(EvidenceText.Column))} |");
        output.WriteLine($"|---|---:|{string.Concat(EvidenceText.SummaryColumns.Select(_ => "---:|"))}");
        foreach (var framework in frameworks)
        {
            var counts = EvidenceText.SummaryColumns.Select(s => framework.Count(s).ToString(CultureInfo.InvariantCulture));
            output.WriteLine($"| [{MarkdownCells.Escape(framework.Framework.Name)}](#{EvidenceText.FrameworkAnchor(framework.Framework)}) | {framework.Controls.Length} | {string.Join(" | ", counts)} |");
        }

        output.WriteLine();
        output.WriteLine(EvidenceText.UncitedNote + " " + EvidenceText.LabelNote);
        output.WriteLine();
        WriteInputs(report, output);
        foreach (var framework in frameworks)
        {
            WriteFramework(framework, report.Settings, output);
        }
    }

    private static void WriteInputs(ScanReport report, TextWriter output)
    {
        output.WriteLine("## Inputs");
        output.WriteLine();
        if (report.Inputs.Length == 0)
        {
            output.WriteLine("No input files were read.");
            output.WriteLine();
            return;
        }

        output.WriteLine("| File | Format | SHA-256 |");
        output.WriteLine("|---|---|---|");
        foreach (var input in report.Inputs)
        {
            output.WriteLine($"| {MarkdownCells.Code(input.Path)} | {input.Format} | {MarkdownCells.Code(input.Sha256)} |");
        }

        output.WriteLine();
    }

    private static void WriteFramework(FrameworkEvidence framework, ScanSettings settings, TextWriter output)
    {
        output.WriteLine($"<a id=\"{EvidenceText.FrameworkAnchor(framework.Framework)}\"></a>");
        output.WriteLine();
        output.WriteLine($"## {MarkdownCells.Escape(framework.Framework.Name)}");
        output.WriteLine();
        if (framework.Controls.Length == 0)
        {
            output.WriteLine("No policy that ran cites a control of this framework.");
            output.WriteLine();
            return;
        }

        foreach (var control in framework.Controls)
        {
            WriteControl(control, settings, output);
        }

        output.WriteLine($"**{EvidenceText.GapNote(framework)}**");
        output.WriteLine();
    }

    private static void WriteControl(ControlEvidence evidence, ScanSettings settings, TextWriter output)
    {
        var control = evidence.Control;
        output.WriteLine($"<a id=\"{EvidenceText.ControlAnchor(control)}\"></a>");
        output.WriteLine();
        output.WriteLine($"### {MarkdownCells.Escape(control.Id)} {MarkdownCells.Escape(EvidenceText.ControlTitle(control))}");
        output.WriteLine();
        if (control.Summary.Length > 0)
        {
            output.WriteLine(MarkdownCells.Escape(control.Summary));
            output.WriteLine();
        }

        output.WriteLine($"Status: **{EvidenceText.Label(evidence.Status)}**" + (control.Designation is { } designation ? $" · HIPAA designation: {designation}" : string.Empty));
        output.WriteLine();
        output.WriteLine("| Policy | Title | Severity |");
        output.WriteLine("|---|---|---|");
        foreach (var policy in evidence.Policies)
        {
            output.WriteLine($"| {MarkdownCells.Code(policy.Id)} | {MarkdownCells.Escape(policy.Title)} | {EvidenceText.Severity(policy, settings)} |");
        }

        output.WriteLine();
        output.WriteLine($"| {string.Join(" | ", EvidenceText.Counted.Select(c => c.Label))} |");
        output.WriteLine($"|{string.Concat(EvidenceText.Counted.Select(_ => "---:|"))}");
        output.WriteLine($"| {string.Join(" | ", EvidenceText.Counted.Select(c => evidence.Count(c.Status).ToString(CultureInfo.InvariantCulture)))} |");
        output.WriteLine();
        WriteResults("Failing resources:", evidence.Failures, output);
        WriteResults("Unknown results (decided only at deployment):", evidence.Unknowns, output);
        if (evidence.Suppressions.Length > 0)
        {
            output.WriteLine("Suppressions:");
            output.WriteLine();
            output.WriteLine("| Location | Resource | Policy | Was | Reason | Author | Expires | Written as |");
            output.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var finding in evidence.Suppressions)
            {
                var suppression = finding.Suppression;
                output.WriteLine(
                    $"| {MarkdownCells.Code(EvidenceText.Location(finding))} | {MarkdownCells.Code(finding.Resource.Address)} | {MarkdownCells.Code(finding.Policy.Id)} | {EvidenceText.OriginalStatus(finding)} "
                    + $"| {MarkdownCells.Escape(suppression?.Reason ?? "(no reason given)")} | {MarkdownCells.Escape(suppression?.Author ?? "unknown")} "
                    + $"| {EvidenceText.Expiry(suppression?.Expires)} | {MarkdownCells.Escape(suppression?.Source ?? "unknown")} |");
            }

            output.WriteLine();
        }
    }

    private static void WriteResults(string heading, IReadOnlyList<Finding> findings, TextWriter output)
    {
        if (findings.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        output.WriteLine();
        output.WriteLine("| Location | Resource | Policy | Message |");
        output.WriteLine("|---|---|---|---|");
        foreach (var finding in findings)
        {
            output.WriteLine($"| {MarkdownCells.Code(EvidenceText.Location(finding))} | {MarkdownCells.Code(finding.Resource.Address)} | {MarkdownCells.Code(finding.Policy.Id)} | {MarkdownCells.Escape(finding.Message)} |");
        }

        output.WriteLine();
    }
}
