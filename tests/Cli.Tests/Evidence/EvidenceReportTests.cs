using System.Text.RegularExpressions;
using PolicyScan.Cli.Output.Evidence;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Compliance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Tests.Evidence;

/// <summary>The compliance evidence report (<c>--format report</c> and <c>report-html</c>): goldens, structure and the option.</summary>
public sealed partial class EvidenceReportTests
{
    [Test]
    public void Markdown_report_matches_its_golden()
    {
        Golden.AssertMatches(EvidenceSample.Render("report", EvidenceSample.Report("hipaa")), "report.md");
    }

    [Test]
    public void Html_report_matches_its_golden()
    {
        Golden.AssertMatches(EvidenceSample.Render("report-html", EvidenceSample.Report("hipaa")), "report.html");
    }

    [Test]
    public void The_model_lists_cited_controls_in_natural_order_with_their_policies_and_counts()
    {
        var report = EvidenceSample.Report();
        var frameworks = EvidenceReport.Build(report);
        var hipaa = frameworks.Single(f => f.Framework.Key == "hipaa");
        var cited = report.Policies.SelectMany(p => p.Metadata.Compliance).Where(r => r.StartsWith("hipaa:", StringComparison.Ordinal)).Distinct().Count();
        var encryption = hipaa.Controls.Single(c => c.Control.Id == "164.312(a)(2)(iv)");
        Assert.Multiple(() =>
        {
            Assert.That(frameworks.Select(f => f.Framework.Key), Is.EqualTo(ComplianceControls.Frameworks.Select(f => f.Key)));
            Assert.That(hipaa.Controls.Select(c => c.Control.Id), Is.Ordered.Using(ControlIdComparer.Instance));
            Assert.That(hipaa.Controls, Has.Length.EqualTo(cited), "every cited control, and only those");
            Assert.That(encryption.Control.Title, Is.EqualTo("Encryption and decryption"));
            Assert.That(encryption.Policies.Select(p => p.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(encryption.Policies, Has.All.Matches<PolicyMetadata>(p => p.Compliance.Contains("hipaa:164.312(a)(2)(iv)")));
            Assert.That(encryption.Findings, Has.Length.EqualTo(report.Findings.Count(f => encryption.Policies.Any(p => p.Id == f.Policy.Id))));
            Assert.That(encryption.Status, Is.EqualTo(ControlStatus.Failed));
            Assert.That(hipaa.Count(ControlStatus.Passed) + hipaa.Count(ControlStatus.Failed) + hipaa.Count(ControlStatus.PassedWithUnknowns) + hipaa.Count(ControlStatus.NoEvidence), Is.EqualTo(hipaa.Controls.Length));
        });
    }

    [Test]
    public void A_control_with_only_not_applicable_results_is_a_gap_and_the_gap_note_names_it()
    {
        var hipaa = EvidenceReport.Build(EvidenceSample.Report("hipaa")).Single();
        var gap = hipaa.Controls.First(c => c.Count(ResultStatus.Passed) == 0 && c.Count(ResultStatus.Failed) == 0);
        Assert.Multiple(() =>
        {
            Assert.That(gap.Status, Is.EqualTo(ControlStatus.NoEvidence));
            Assert.That(hipaa.Gaps, Does.Contain(gap));
            Assert.That(EvidenceText.GapNote(hipaa), Does.Contain(gap.Control.Id));
        });
    }

    [Test]
    public void Markdown_report_states_the_header_facts_inputs_and_suppressions_with_escaped_cells()
    {
        var report = EvidenceSample.Report("hipaa");
        var markdown = EvidenceSample.Render("report", report);
        var input = report.Inputs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain($"| Tool version | policyscan {report.ToolVersion} |"));
            Assert.That(markdown, Does.Contain("| Scan time (UTC) | 2026-01-01T00:00:00Z |"));
            Assert.That(markdown, Does.Contain($"| `{input.Path}` | terraform | `{input.Sha256}` |"));
            Assert.That(input.Sha256, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(markdown, Does.Contain(@"Public \<b\>website\</b\> bucket \| no PHI; see \*ticket\* SEC-12 | jane.doe@example.com | 2027-01-31 | policyscan:ignore |"));
            Assert.That(markdown, Does.Contain("| `examples/insecure/terraform/main.tf:35` | `aws_s3_bucket.transcripts` | `PS-AWS-S3-001` |"), "the suppression's location");
            Assert.That(markdown, Does.Contain("| `PS-AWS-S3-001` | failed | Public"), "what the suppressed finding was");
            Assert.That(markdown, Does.Contain("Controls that no policy which ran cites are not listed."));
            Assert.That(Regex.Count(markdown, "^### ", RegexOptions.Multiline), Is.EqualTo(EvidenceReport.Build(report).Single().Controls.Length));
        });
    }

    [Test]
    public void Every_markdown_table_row_has_as_many_cells_as_its_header()
    {
        var markdown = EvidenceSample.Render("report", EvidenceSample.Report());
        var tables = markdown.Split("\n\n").Select(block => block.Split('\n').Where(l => l.StartsWith('|')).ToList()).Where(rows => rows.Count > 0).ToList();
        Assert.That(tables, Has.Count.GreaterThan(10));
        foreach (var rows in tables)
        {
            var columns = UnescapedPipes(rows[0]);
            Assert.That(rows.Select(UnescapedPipes), Has.All.EqualTo(columns), rows[0]);
        }
    }

    [Test]
    public void Html_report_is_self_contained_and_encodes_every_text()
    {
        var html = EvidenceSample.Render("report-html", EvidenceSample.Report());
        var anchors = Regex.Matches(html, "id=\"(control-[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Not.Match("(src|href)=\"(?!#)"), "no external or relative resources: only in-page links");
            Assert.That(html, Does.Not.Contain("<link"));
            Assert.That(html, Does.Contain("Public &lt;b&gt;website&lt;/b&gt; bucket | no PHI"));
            Assert.That(html, Does.Not.Contain("<b>website"));
            Assert.That(anchors, Is.Unique);
            Assert.That(anchors, Does.Contain("control-hipaa-164-312-a-2-iv"));
            Assert.That(Regex.Count(html, "<table"), Is.EqualTo(Regex.Count(html, "</table>")));
            Assert.That(Regex.Count(html, "<span class=\"status status-failed\">Failed</span>"), Is.GreaterThan(0), "a status is a word, not only a colour");
            Assert.That(html, Does.Contain("@media print"));
        });
    }

    [Test]
    public void Framework_option_selects_one_framework_and_rejects_unknown_keys()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--format", "report", "--framework", "gdpr");
        var (badCode, _, badError) = CliRunner.Run("scan", path, "--root", root, "--format", "report", "--framework", "sox");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed), "the report does not change the gate");
            Assert.That(stdout, Does.Contain("## General Data Protection Regulation"));
            Assert.That(stdout, Does.Not.Contain("## HIPAA"));
            Assert.That(stdout, Does.Contain("| Framework | General Data Protection Regulation, Regulation (EU) 2016/679 |"));
            Assert.That(badCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(badError, Does.Contain("sox"));
        });
    }

    [Test]
    public void A_framework_no_policy_cites_says_so()
    {
        // Only the AWS policies run: none of them cites the Microsoft cloud security benchmark.
        var report = EvidenceSample.Report("mcsb");
        report = report with { Policies = [.. report.Policies.Where(p => p.Metadata.Id.StartsWith("PS-AWS-", StringComparison.Ordinal))] };
        var markdown = EvidenceSample.Render("report", report);
        Assert.That(markdown, Does.Contain("No policy that ran cites a control of this framework."));
    }

    [Test]
    public void Markdown_cells_escape_inline_syntax_pipes_and_line_breaks()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownCells.Escape("a|b\n<i>*x*</i> [l](u) `c` & ~s~ \\"), Is.EqualTo(@"a\|b \<i\>\*x\*\</i\> \[l\](u) \`c\` \& \~s\~ \\"));
            Assert.That(MarkdownCells.Code("a|b`c"), Is.EqualTo(@"`a\|b'c`"));
        });
    }

    /// <summary>The cell separators of a table row: pipes not escaped with a backslash.</summary>
    private static int UnescapedPipes(string row) => UnescapedPipe().Count(row);

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
