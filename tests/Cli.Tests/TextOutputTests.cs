using PolicyScan.Cli.Output;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Tests;

/// <summary>The text output: its goldens, colour only when asked, suppressions and unknowns under --verbose, and spans over several lines.</summary>
public sealed class TextOutputTests
{
    [Test]
    public void Text_output_of_the_example_stack_matches_its_golden()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root);
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        Golden.AssertMatches(stdout, "scan.txt");
    }

    [Test]
    public void Compact_text_output_of_the_example_stack_matches_its_golden()
    {
        var (path, root) = Golden.ExampleStack;
        var (_, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--compact");
        Golden.AssertMatches(stdout, "scan.compact.txt");
        Assert.That(stdout, Does.Contain("examples/insecure/terraform/main.tf:35:12: CRITICAL PS-AWS-S3-001 Bucket \"telehealth-dev-transcripts\" has the canned ACL \"public-read\""));
        Assert.That(stdout, Does.Contain("[aws_s3_bucket.transcripts]"));
    }

    [Test]
    public void Text_output_has_a_summary_table_and_the_policies_that_failed_most()
    {
        var (path, root) = Golden.ExampleStack;
        var stdout = CliRunner.Run("scan", path, "--root", root).Stdout;
        Assert.That(stdout, Does.Match(@"\n  failed critical +4\n"));
        Assert.That(stdout, Does.Match(@"\n  resources +9\n"));
        Assert.That(stdout, Does.Match(@"\n  input errors +0\n"));
        Assert.That(stdout, Does.Contain("Policies with most failures"));
    }

    [Test]
    public void Colour_is_written_only_when_the_context_asks_for_it()
    {
        var report = ExampleReport(verbose: false);
        var colored = Render(report, new OutputContext(IsTerminal: true, Color: true));
        var plain = Render(report, new OutputContext(IsTerminal: true, Color: false));
        Assert.That(colored, Does.Contain("\u001b[1;31mCRITICAL\u001b[0m PS-AWS-S3-001"));
        Assert.That(colored, Does.Contain("\u001b[33mMEDIUM\u001b[0m"));
        Assert.That(colored, Does.Contain("\u001b[36mLOW\u001b[0m"));
        Assert.That(plain, Does.Not.Contain("\u001b"));
        Assert.That(Render(report, OutputContext.File), Is.EqualTo(plain));
    }

    [Test]
    public void Colour_is_decided_by_the_terminal_and_NO_COLOR()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OutputContext.Decide(isTerminal: true, noColor: null).Color, Is.True);
            Assert.That(OutputContext.Decide(isTerminal: true, noColor: string.Empty).Color, Is.True, "an empty NO_COLOR does not count (no-color.org)");
            Assert.That(OutputContext.Decide(isTerminal: true, noColor: "1").Color, Is.False);
            Assert.That(OutputContext.Decide(isTerminal: false, noColor: null).Color, Is.False);
            Assert.That(OutputContext.ForStandardOutput(new StringWriter()).Color, Is.False, "a captured writer is not a terminal");
        });
    }

    [Test]
    public void Suppressed_findings_and_their_reasons_are_listed_only_with_verbose()
    {
        var report = ExampleReport(verbose: true);
        var acl = report.Findings.First(f => f.Policy.Id == "PS-AWS-S3-001" && f.Status == ResultStatus.Failed);
        var suppressed = acl with
        {
            Status = ResultStatus.Suppressed,
            OriginalStatus = ResultStatus.Failed,
            Suppression = new Suppression { Kind = SuppressionKind.Inline, Source = "policyscan:ignore", NamedId = "PS-AWS-S3-001", Reason = "public website bucket", Expires = new DateOnly(2027, 1, 31) },
        };
        var withSuppression = report with { Result = report.Result with { Findings = [.. report.Findings.Select(f => ReferenceEquals(f, acl) ? suppressed : f)] } };

        var verbose = Render(withSuppression, OutputContext.File);
        Assert.That(verbose, Does.Contain("SUPPRESSED PS-AWS-S3-001 s3-bucket-public-acl (aws_s3_bucket.transcripts)"));
        Assert.That(verbose, Does.Contain("suppressed: public website bucket (policyscan:ignore, until 2027-01-31)"));
        Assert.That(verbose, Does.Contain("UNKNOWN "), "unknowns are shown with --verbose");

        var quiet = Render(withSuppression with { Settings = withSuppression.Settings with { Verbose = false } }, OutputContext.File);
        Assert.That(quiet, Does.Not.Contain("SUPPRESSED"));
        Assert.That(quiet, Does.Not.Contain("UNKNOWN "));
        Assert.That(quiet, Does.Match(@"\n  suppressed +1\n"));
    }

    [Test]
    public void A_span_over_several_lines_is_marked_to_the_end_of_its_first_line()
    {
        var file = new SourceFile("main.tf", "resource \"a\" \"b\" {\n  name = \"x\"\n}\n");
        var writer = new StringWriter { NewLine = "\n" };
        SourceExcerpt.Write(writer, new SourceRange(file, new TextSpan(0, file.Text.Length - 1)), "  ", color: false);
        Assert.That(writer.ToString(), Is.EqualTo("  1 | resource \"a\" \"b\" {\n    | ^^^^^^^^^^^^^^^^^^ (to line 3)\n"));
    }

    [Test]
    public void A_very_long_line_is_shown_as_a_window_around_the_span()
    {
        var text = "{\"values\": {" + string.Concat(Enumerable.Range(0, 40).Select(i => $"\"k{i}\": \"v{i}\", ")) + "\"acl\": \"public-read\"}}";
        var file = new PolicyScan.Parsers.Text.SourceFile("one-line.json", text);
        var start = text.IndexOf("\"public-read\"", StringComparison.Ordinal);
        var range = new PolicyScan.Parsers.Text.SourceRange(file, new PolicyScan.Parsers.Text.TextSpan(start, start + "\"public-read\"".Length));
        var writer = new StringWriter();
        SourceExcerpt.Write(writer, range, string.Empty, color: false);
        var lines = writer.ToString().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("1 | ...").And.Contain("\"acl\": \"public-read\"").And.Length.LessThan(160));
            Assert.That(lines[1].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(lines[0].IndexOf("\"public-read\"", StringComparison.Ordinal)), "the caret is under the span");
            Assert.That(lines[1].Count(c => c == '^'), Is.EqualTo("\"public-read\"".Length));
        });
    }

    [Test]
    public void A_finding_located_in_a_plan_json_is_shown_without_its_source_line()
    {
        var folder = CliRunner.Fixture("policies", "PS-AWS-S3-001", "plan", "pass");
        var directory = Directory.CreateTempSubdirectory("policyscan-plan-text-");
        try
        {
            var plan = File.ReadAllText(Path.Combine(folder, "plan.json")).Replace("{?PS-AWS-S3-001:", string.Empty, StringComparison.Ordinal).Replace("?}", string.Empty, StringComparison.Ordinal)
                .Replace("\"private\"", "\"public-read\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory.FullName, "plan.json"), plan);
            var (code, stdout, _) = CliRunner.Run("scan", directory.FullName, "--root", directory.FullName, "--policy", "PS-AWS-S3-001");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
                Assert.That(stdout, Does.Contain("--> plan.json:"));
                Assert.That(stdout, Does.Not.Contain(" | "), "no excerpt of the plan's lines");
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Progress_is_shown_only_on_a_terminal_and_never_with_quiet()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProgressIndicator.ShouldShow(standardErrorIsTerminal: true, quiet: false), Is.True);
            Assert.That(ProgressIndicator.ShouldShow(standardErrorIsTerminal: true, quiet: true), Is.False);
            Assert.That(ProgressIndicator.ShouldShow(standardErrorIsTerminal: false, quiet: false), Is.False);
        });

        var (path, root) = Golden.ExampleStack;
        var stderr = CliRunner.Run("scan", path, "--root", root).Stderr;
        Assert.That(stderr, Does.Not.Contain("Scanning"));
        Assert.That(stderr, Does.Not.Contain("\r"));
    }

    [Test]
    public void Progress_draws_over_itself_and_clears_its_line()
    {
        var writer = new StringWriter();
        using (var progress = ProgressIndicator.Manual(writer, "Scanning infra..."))
        {
            progress.Tick();
            progress.Tick();
        }

        Assert.That(writer.ToString(), Is.EqualTo("\r| Scanning infra...\r/ Scanning infra...\r\u001b[K"));
        var untouched = new StringWriter();
        ProgressIndicator.Manual(untouched, "idle").Dispose();
        Assert.That(untouched.ToString(), Is.Empty, "nothing drawn, nothing to clear");
    }

    private static ScanReport ExampleReport(bool verbose)
    {
        var (path, root) = Golden.ExampleStack;
        return ScanPipeline.Run(new ScanSettings { Paths = [path], Root = root, Verbose = verbose });
    }

    private static string Render(ScanReport report, OutputContext context)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new TextReportWriter().Write(report, writer, context);
        return writer.ToString();
    }
}
