using PolicyScan.Cli.Output;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Tests;

/// <summary><c>--format github</c> (workflow-command annotations and the step summary) and <c>--format markdown</c>.</summary>
public sealed class GitHubOutputTests
{
    [Test]
    public void Github_of_the_example_stack_matches_its_golden_file()
    {
        var (path, root) = Golden.ExampleStack;
        using (GitHubStepSummary.Redirect(null))
        {
            var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--format", "github");
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
            Golden.AssertMatches(stdout, "scan.github.txt");
        }
    }

    [Test]
    public void Markdown_of_the_example_stack_matches_its_golden_file()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--format", "markdown");
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        Golden.AssertMatches(stdout, "scan.md");
    }

    [Test]
    public void Workflow_commands_escape_the_message_and_properties_as_the_runner_unescapes_them()
    {
        var line = WorkflowCommand.Format("error", [("file", "dir,a/b:c.tf"), ("line", 3), ("col", null), ("title", "50% of a:b,c\r\nnext")], "100% sure: a,b\r\nsecond line");
        Assert.That(line, Is.EqualTo("::error file=dir%2Ca/b%3Ac.tf,line=3,title=50%25 of a%3Ab%2Cc%0D%0Anext::100%25 sure: a,b%0D%0Asecond line"));
    }

    [Test]
    public void A_finding_message_with_newline_comma_colon_and_percent_stays_one_annotation()
    {
        var report = ReportFixtures.OneFailure();
        var findings = report.Findings.Select(f => f.Status == ResultStatus.Failed ? f with { Message = "Bucket 100%: a,b\nnext" } : f);
        using (GitHubStepSummary.Redirect(null))
        {
            var lines = ReportFixtures.Write(new GitHubActionsWriter(), report.WithFindings(findings)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(lines[0], Does.StartWith("::warning file=tests/fixtures/cli/medium-only/main.tf,line=6,col=1,endLine=6,endColumn=31,title=PS-AWS-S3-008 "));
            Assert.That(lines[0], Does.Contain("::Bucket 100%25: a,b%0Anext%0AResource aws_s3_bucket.phi; see https://"));
        }
    }

    [Test]
    public void Severity_chooses_error_warning_or_notice()
    {
        var report = ReportFixtures.OneFailure();
        var failure = report.Findings.Single(f => f.Status == ResultStatus.Failed);
        Assert.Multiple(() =>
        {
            Assert.That(GitHubActionsWriter.Annotation(failure with { SeverityOverride = Severity.Critical }), Does.StartWith("::error "));
            Assert.That(GitHubActionsWriter.Annotation(failure with { SeverityOverride = Severity.High }), Does.StartWith("::error "));
            Assert.That(GitHubActionsWriter.Annotation(failure with { SeverityOverride = Severity.Medium }), Does.StartWith("::warning "));
            Assert.That(GitHubActionsWriter.Annotation(failure with { SeverityOverride = Severity.Low }), Does.StartWith("::notice "));
            Assert.That(GitHubActionsWriter.Annotation(failure with { SeverityOverride = Severity.Info }), Does.StartWith("::notice "));
        });
    }

    [Test]
    public void Annotations_come_worst_first_because_github_shows_only_the_first_ten_of_each_level()
    {
        var (path, root) = Golden.ExampleStack;
        using (GitHubStepSummary.Redirect(null))
        {
            var levels = CliRunner.Run("scan", path, "--root", root, "--format", "github").Stdout
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l[2..l.IndexOf(' ', StringComparison.Ordinal)])
                .ToList();
            Assert.Multiple(() =>
            {
                Assert.That(levels, Is.EqualTo(levels.OrderBy(l => Array.IndexOf(["error", "warning", "notice"], l)).ToList()));
                Assert.That(levels.Distinct(), Is.EquivalentTo(new[] { "error", "warning", "notice" }));
            });
        }
    }

    [Test]
    public void Unknowns_are_notices_only_with_verbose_or_fail_on_unknown()
    {
        var fixture = CliRunner.Fixture("cli", "unknown-acl");
        using (GitHubStepSummary.Redirect(null))
        {
            string Run(params string[] extra) => CliRunner.Run(["scan", fixture, "--root", ReportFixtures.Repository, "--policy", "PS-AWS-S3-001", "--format", "github", .. extra]).Stdout;
            Assert.Multiple(() =>
            {
                Assert.That(Run(), Is.Empty);
                Assert.That(Run("--verbose"), Does.StartWith("::notice file=tests/fixtures/cli/unknown-acl/main.tf,").And.Contain("::unknown before deployment: "));
                Assert.That(Run("--fail-on-unknown"), Does.StartWith("::notice "));
            });
        }
    }

    [Test]
    public void Input_errors_are_error_annotations()
    {
        using (GitHubStepSummary.Redirect(null))
        {
            var stdout = CliRunner.Run("scan", CliRunner.Fixture("cli", "broken"), "--root", ReportFixtures.Repository, "--format", "github").Stdout;
            Assert.That(stdout.Split('\n')[0], Does.Match(@"^::error file=tests/fixtures/cli/broken/main\.tf,line=6,.*title=HCL1010::expected an expression"));
        }
    }

    [Test]
    public void The_summary_is_appended_to_the_step_summary_file()
    {
        var summary = Path.GetTempFileName();
        try
        {
            File.WriteAllText(summary, "earlier step");
            var (path, root) = Golden.ExampleStack;
            string annotations;
            using (GitHubStepSummary.Redirect(summary))
            {
                annotations = CliRunner.Run("scan", path, "--root", root, "--format", "github").Stdout;
            }

            var markdown = CliRunner.Run("scan", path, "--root", root, "--format", "markdown").Stdout;
            Assert.Multiple(() =>
            {
                Assert.That(File.ReadAllText(summary), Is.EqualTo("earlier step\n" + markdown.ReplaceLineEndings("\n")), "appended on a new line: the Markdown format's text");
                Assert.That(annotations, Does.Not.Contain("## PolicyScan results"), "the summary goes to the file, not the log");
            });
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Test]
    public void Markdown_cells_escape_pipes_line_breaks_and_tags()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownText.Cell("a|b\r\nc\nd <computed> & e"), Is.EqualTo("a\\|b<br>c<br>d &lt;computed&gt; &amp; e"));
            Assert.That(MarkdownText.Code("x|`y`"), Is.EqualTo("`x\\|'y'`"));
        });
    }

    [Test]
    public void The_failing_findings_table_stops_at_100_rows_and_says_how_many_more()
    {
        var report = ReportFixtures.OneFailure();
        var failure = report.Findings.Single(f => f.Status == ResultStatus.Failed);
        var many = Enumerable.Range(0, 130).Select(i => failure with { Message = $"failure {i:D3}" });
        var markdown = ReportFixtures.Write(new MarkdownSummaryWriter(), report.WithFindings(many));
        Assert.Multiple(() =>
        {
            Assert.That(markdown.Split('\n').Count(l => l.StartsWith("| medium |", StringComparison.Ordinal)), Is.EqualTo(MarkdownSummaryWriter.MaxRows));
            Assert.That(markdown, Does.Contain("… and 30 more failing findings"));
            Assert.That(markdown, Does.Contain("| Failed: medium | 130 |"));
        });
    }

    [Test]
    public void Suppressions_are_listed_with_their_reasons_in_a_collapsed_section()
    {
        var report = ReportFixtures.OneFailure();
        var findings = report.Findings.Select(f => f.Status == ResultStatus.Failed ? ReportFixtures.Suppressed(f, "backups | vault") : f);
        var markdown = ReportFixtures.Write(new MarkdownSummaryWriter(), report.WithFindings(findings));
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("<details><summary>1 suppressed finding</summary>"));
            Assert.That(markdown, Does.Contain("| backups \\| vault |"));
            Assert.That(markdown, Does.Contain("No failing findings."));
            Assert.That(markdown, Does.Contain("| Suppressed | 1 |"));
        });
    }
}
