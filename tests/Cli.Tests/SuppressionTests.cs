using System.Text.Json;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Tests;

/// <summary>Suppressions on the command line: the JSON they give, the exit code, and the flags that turn them off.</summary>
public sealed class SuppressionTests
{
    private static string Suppressed => CliRunner.Fixture("cli", "suppressed");

    private static (int ExitCode, JsonElement Finding, string Stderr) Scan(string policy, params string[] flags)
    {
        var (code, stdout, stderr) = CliRunner.Run(["scan", Suppressed, "--root", Suppressed, "--format", "json", "--policy", policy, .. flags]);
        using var document = JsonDocument.Parse(stdout);
        return (code, document.RootElement.GetProperty("findings").EnumerateArray().Single().Clone(), stderr);
    }

    [Test]
    public void A_suppressed_finding_is_in_the_json_with_its_source_reason_and_location_and_does_not_fail_the_gate()
    {
        var (code, finding, _) = Scan("PS-AWS-S3-004");
        var suppression = finding.GetProperty("suppression");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(finding.GetProperty("status").GetString(), Is.EqualTo("suppressed"));
            Assert.That(suppression.GetProperty("kind").GetString(), Is.EqualTo("inline"));
            Assert.That(suppression.GetProperty("source").GetString(), Is.EqualTo("policyscan:ignore"));
            Assert.That(suppression.GetProperty("id").GetString(), Is.EqualTo("PS-AWS-S3-004"));
            Assert.That(suppression.GetProperty("reason").GetString(), Is.EqualTo("encrypted by the client before upload"));
            Assert.That(suppression.GetProperty("originalStatus").GetString(), Is.EqualTo("failed"));
            Assert.That(suppression.GetProperty("location").GetProperty("line").GetInt32(), Is.EqualTo(4));
        });
    }

    [Test]
    public void A_foreign_suppression_without_a_reason_applies_and_warns_without_changing_the_exit_code()
    {
        var (code, finding, stderr) = Scan("PS-AWS-S3-008");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(finding.GetProperty("suppression").GetProperty("source").GetString(), Is.EqualTo("tfsec:ignore"));
            Assert.That(finding.GetProperty("suppression").GetProperty("reason").GetString(), Is.EqualTo("waived for tfsec without a reason"));
            Assert.That(stderr, Does.Contain("main.tf:5:1: warning PS0301"));
        });
    }

    [Test]
    public void No_inline_suppressions_makes_every_suppression_in_the_code_count_for_nothing()
    {
        var ours = Scan("PS-AWS-S3-004", "--no-inline-suppressions");
        var foreign = Scan("PS-AWS-S3-008", "--no-inline-suppressions");
        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(ours.Finding.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(foreign.ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(foreign.Stderr, Does.Not.Contain("PS0301"));
        });
    }

    [Test]
    public void No_foreign_suppressions_keeps_ours_and_drops_the_other_tools()
    {
        var ours = Scan("PS-AWS-S3-004", "--no-foreign-suppressions");
        var foreign = Scan("PS-AWS-S3-008", "--no-foreign-suppressions");
        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(foreign.ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(foreign.Finding.GetProperty("status").GetString(), Is.EqualTo("failed"));
        });
    }

    [Test]
    public void Configured_suppressions_in_the_settings_apply_with_inline_ones_off_and_match_paths_relative_to_the_root()
    {
        var settings = new ScanSettings
        {
            Paths = [Suppressed],
            Root = Suppressed,
            EnabledPolicies = ["PS-AWS-S3-008"],
            InlineSuppressions = false,
            ConfiguredSuppressions = [new SuppressionRule { Policies = ["s3-bucket-versioning"], Paths = ["**/*.tf"], Reason = "rebuilt on every deploy", Author = "platform" }],
        };
        var report = ScanPipeline.Run(settings);
        var elsewhere = ScanPipeline.Run(settings with { ConfiguredSuppressions = [settings.ConfiguredSuppressions[0] with { Paths = ["legacy/**"] }] });
        Assert.Multiple(() =>
        {
            Assert.That(report.Result.Findings.Single().Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(report.Result.Findings.Single().Suppression!.Author, Is.EqualTo("platform"));
            Assert.That(elsewhere.Result.Findings.Single().Status, Is.EqualTo(ResultStatus.Failed));
        });
    }

    [Test]
    public void An_inline_suppression_in_the_configuration_applies_to_the_findings_of_its_plan()
    {
        var folder = CliRunner.Fixture("cli", "plan-suppressed");
        var (code, stdout, _) = CliRunner.Run("scan", Path.Combine(folder, "plan.json"), "--root", folder, "--format", "json", "--policy", "PS-AWS-S3-001");
        using var document = JsonDocument.Parse(stdout);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(finding.GetProperty("status").GetString(), Is.EqualTo("suppressed"));
            Assert.That(finding.GetProperty("location").GetProperty("file").GetString(), Is.EqualTo("main.tf"), "located in the configuration, not the plan");
            Assert.That(finding.GetProperty("location").GetProperty("startLine").GetInt32(), Is.EqualTo(9));
            Assert.That(finding.GetProperty("suppression").GetProperty("reason").GetString(), Does.StartWith("the open-data bucket"));
        });
    }

    [Test]
    public void A_directory_with_a_plan_and_its_configuration_is_judged_once_through_the_plan()
    {
        var folder = CliRunner.Fixture("cli", "plan-suppressed");
        var (_, stdout, stderr) = CliRunner.Run("scan", folder, "--root", folder, "--format", "json", "--policy", "PS-AWS-S3-001");
        using var document = JsonDocument.Parse(stdout);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Count.EqualTo(1), "the configuration is not judged a second time beside its plan");
            Assert.That(findings[0].GetProperty("location").GetProperty("file").GetString(), Is.EqualTo("main.tf"));
            Assert.That(findings[0].GetProperty("status").GetString(), Is.EqualTo("suppressed"));
            Assert.That(document.RootElement.GetProperty("summary").GetProperty("files").GetInt32(), Is.EqualTo(2), "main.tf and plan.json, each once");
            Assert.That(stderr, Is.Empty);
        });
    }
}
