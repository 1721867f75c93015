using System.Globalization;
using System.Net;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>
/// <c>--format report-html</c>: the compliance evidence report as one self-contained HTML file (inline style sheet, no
/// external assets, no scripts) that an auditor can open, print or archive. Semantic tables, an anchor per framework
/// and control, every text HTML-encoded. Same content as <see cref="MarkdownEvidenceReportWriter"/>.
/// </summary>
internal sealed class HtmlEvidenceReportWriter : IReportWriter
{
    public string Format => "report-html";

    public string Description => "compliance evidence report as one self-contained HTML file (--framework)";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var frameworks = EvidenceReport.Build(report);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{H(EvidenceText.Title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(EvidenceStyle.Css.TrimEnd());
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<header>");
        output.WriteLine($"<h1>{H(EvidenceText.Title)}</h1>");
        output.WriteLine($"<p class=\"note\">{H(EvidenceText.Purpose)}</p>");
        output.WriteLine("<table id=\"facts\">");
        output.WriteLine("<caption>Scan</caption>");
        output.WriteLine("<tbody>");
        foreach (var (label, value) in EvidenceText.Facts(report))
        {
            output.WriteLine($"<tr><th scope=\"row\">{H(label)}</th><td>{H(value)}</td></tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine("</header>");
        output.WriteLine("<main>");
        WriteSummary(frameworks, output);
        WriteInputs(report, output);
        foreach (var framework in frameworks)
        {
            WriteFramework(framework, report.Settings, output);
        }

        output.WriteLine("</main>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteSummary(IReadOnlyList<FrameworkEvidence> frameworks, TextWriter output)
    {
        output.WriteLine("<section id=\"summary\">");
        output.WriteLine("<h2>Summary</h2>");
        output.WriteLine("<table id=\"summary-table\">");
        output.WriteLine("<caption>Controls per framework, by result</caption>");
        output.WriteLine("<thead>");
        output.WriteLine($"<tr><th scope=\"col\">Framework</th><th scope=\"col\" class=\"number\">Controls</th>{string.Concat(EvidenceText.SummaryColumns.Select(s => $"<th scope=\"col\" class=\"number\">{H(EvidenceText.Column(s))}</th>"))}</tr>");
        output.WriteLine("</thead>");
        output.WriteLine("<tbody>");
        foreach (var framework in frameworks)
        {
            var counts = string.Concat(EvidenceText.SummaryColumns.Select(s => $"<td class=\"number\" data-status=\"{EvidenceText.CssName(s)}\">{framework.Count(s).ToString(CultureInfo.InvariantCulture)}</td>"));
            output.WriteLine($"<tr><th scope=\"row\"><a href=\"#{EvidenceText.FrameworkAnchor(framework.Framework)}\">{H(framework.Framework.Name)}</a></th><td class=\"number\">{framework.Controls.Length.ToString(CultureInfo.InvariantCulture)}</td>{counts}</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine($"<p class=\"note\">{H(EvidenceText.UncitedNote)} {H(EvidenceText.LabelNote)}</p>");
        output.WriteLine("</section>");
    }

    private static void WriteInputs(ScanReport report, TextWriter output)
    {
        output.WriteLine("<section id=\"inputs\">");
        output.WriteLine("<h2>Inputs</h2>");
        if (report.Inputs.Length == 0)
        {
            output.WriteLine("<p>No input files were read.</p>");
        }
        else
        {
            output.WriteLine("<table>");
            output.WriteLine("<caption>Files read, with their SHA-256</caption>");
            output.WriteLine("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Format</th><th scope=\"col\">SHA-256</th></tr></thead>");
            output.WriteLine("<tbody>");
            foreach (var input in report.Inputs)
            {
                output.WriteLine($"<tr><td><code>{H(input.Path)}</code></td><td>{H(input.Format)}</td><td><code>{H(input.Sha256)}</code></td></tr>");
            }

            output.WriteLine("</tbody>");
            output.WriteLine("</table>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteFramework(FrameworkEvidence framework, ScanSettings settings, TextWriter output)
    {
        output.WriteLine($"<section class=\"framework\" id=\"{EvidenceText.FrameworkAnchor(framework.Framework)}\">");
        output.WriteLine($"<h2>{H(framework.Framework.Name)}</h2>");
        if (framework.Controls.Length == 0)
        {
            output.WriteLine("<p>No policy that ran cites a control of this framework.</p>");
        }
        else
        {
            foreach (var control in framework.Controls)
            {
                WriteControl(control, settings, output);
            }

            output.WriteLine($"<p class=\"gaps\">{H(EvidenceText.GapNote(framework))}</p>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteControl(ControlEvidence evidence, ScanSettings settings, TextWriter output)
    {
        var control = evidence.Control;
        var status = EvidenceText.CssName(evidence.Status);
        output.WriteLine($"<section class=\"control\" id=\"{EvidenceText.ControlAnchor(control)}\" data-status=\"{status}\">");
        output.WriteLine($"<h3><a href=\"#{EvidenceText.ControlAnchor(control)}\">{H(control.Id)}</a> {H(EvidenceText.ControlTitle(control))}</h3>");
        if (control.Summary.Length > 0)
        {
            output.WriteLine($"<p class=\"summary\">{H(control.Summary)}</p>");
        }

        output.WriteLine($"<p>Status: <span class=\"status status-{status}\">{H(EvidenceText.Label(evidence.Status))}</span>{(control.Designation is { } designation ? " · HIPAA designation: " + H(designation) : string.Empty)}</p>");
        output.WriteLine("<table class=\"policies\">");
        output.WriteLine("<caption>Policies that test this control</caption>");
        output.WriteLine("<thead><tr><th scope=\"col\">Policy</th><th scope=\"col\">Title</th><th scope=\"col\">Severity</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var policy in evidence.Policies)
        {
            output.WriteLine($"<tr><td><code>{H(policy.Id)}</code></td><td>{H(policy.Title)}</td><td>{H(EvidenceText.Severity(policy, settings))}</td></tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine("<table class=\"counts\">");
        output.WriteLine("<caption>Results</caption>");
        output.WriteLine($"<thead><tr>{string.Concat(EvidenceText.Counted.Select(c => $"<th scope=\"col\" class=\"number\">{H(c.Label)}</th>"))}</tr></thead>");
        output.WriteLine($"<tbody><tr>{string.Concat(EvidenceText.Counted.Select(c => $"<td class=\"number\">{evidence.Count(c.Status).ToString(CultureInfo.InvariantCulture)}</td>"))}</tr></tbody>");
        output.WriteLine("</table>");
        WriteResults("failures", "Failing resources", evidence.Failures, output);
        WriteResults("unknowns", "Unknown results (decided only at deployment)", evidence.Unknowns, output);
        if (evidence.Suppressions.Length > 0)
        {
            output.WriteLine("<table class=\"suppressions\">");
            output.WriteLine("<caption>Suppressions</caption>");
            output.WriteLine("<thead><tr><th scope=\"col\">Location</th><th scope=\"col\">Resource</th><th scope=\"col\">Policy</th><th scope=\"col\">Was</th><th scope=\"col\">Reason</th><th scope=\"col\">Author</th><th scope=\"col\">Expires</th><th scope=\"col\">Written as</th></tr></thead>");
            output.WriteLine("<tbody>");
            foreach (var finding in evidence.Suppressions)
            {
                var suppression = finding.Suppression;
                output.WriteLine(
                    $"<tr><td><code>{H(EvidenceText.Location(finding))}</code></td><td><code>{H(finding.Resource.Address)}</code></td><td><code>{H(finding.Policy.Id)}</code></td><td>{H(EvidenceText.OriginalStatus(finding))}</td>"
                    + $"<td>{H(suppression?.Reason ?? "(no reason given)")}</td><td>{H(suppression?.Author ?? "unknown")}</td><td>{H(EvidenceText.Expiry(suppression?.Expires))}</td><td>{H(suppression?.Source ?? "unknown")}</td></tr>");
            }

            output.WriteLine("</tbody>");
            output.WriteLine("</table>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteResults(string cssClass, string caption, IReadOnlyList<Finding> findings, TextWriter output)
    {
        if (findings.Count == 0)
        {
            return;
        }

        output.WriteLine($"<table class=\"{cssClass}\">");
        output.WriteLine($"<caption>{H(caption)}</caption>");
        output.WriteLine("<thead><tr><th scope=\"col\">Location</th><th scope=\"col\">Resource</th><th scope=\"col\">Policy</th><th scope=\"col\">Message</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var finding in findings)
        {
            output.WriteLine($"<tr><td><code>{H(EvidenceText.Location(finding))}</code></td><td><code>{H(finding.Resource.Address)}</code></td><td><code>{H(finding.Policy.Id)}</code></td><td>{H(finding.Message)}</td></tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
