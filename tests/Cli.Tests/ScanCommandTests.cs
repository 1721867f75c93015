using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary><c>scan</c>, <c>list-policies</c> and <c>explain</c>: their documented JSON contracts and exit codes.</summary>
public sealed class ScanCommandTests
{
    private static string Example => Path.Combine(Path.GetDirectoryName(CliRunner.Fixture())!, "..", "examples", "insecure", "terraform");

    [Test]
    public void Scan_json_has_the_documented_shape_and_exact_locations()
    {
        var (code, stdout, _) = CliRunner.Run("scan", Example, "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var acl = root.GetProperty("findings").EnumerateArray().Single(f =>
            f.GetProperty("policyId").GetString() == "PS-AWS-S3-001" && f.GetProperty("status").GetString() == "failed");
        Assert.Multiple(() =>
        {
            Assert.That(acl.GetProperty("severity").GetString(), Is.EqualTo("critical"));
            Assert.That(acl.GetProperty("resource").GetProperty("address").GetString(), Is.EqualTo("aws_s3_bucket.transcripts"));
            Assert.That(acl.GetProperty("resource").GetProperty("type").GetString(), Is.EqualTo("aws_s3_bucket"));
            var location = acl.GetProperty("location");
            Assert.That(location.GetProperty("file").GetString(), Does.EndWith("examples/insecure/terraform/main.tf"));
            Assert.That(location.GetProperty("startLine").GetInt32(), Is.EqualTo(35));
            Assert.That(location.GetProperty("startColumn").GetInt32(), Is.EqualTo(12));
            Assert.That(location.GetProperty("endLine").GetInt32(), Is.EqualTo(35));
            Assert.That(location.GetProperty("endColumn").GetInt32(), Is.EqualTo(25));
            Assert.That(acl.GetProperty("message").GetString(), Does.Contain("\"public-read\""));
            var summary = root.GetProperty("summary");
            Assert.That(summary.GetProperty("failed").GetInt32(), Is.GreaterThan(0));
            Assert.That(summary.GetProperty("passed").GetInt32() + summary.GetProperty("failed").GetInt32(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("diagnostics").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Scan_text_shows_the_offending_line_with_a_caret()
    {
        var (_, stdout, _) = CliRunner.Run("scan", Example);
        Assert.That(stdout, Does.Contain("CRITICAL PS-AWS-S3-001"));
        Assert.That(stdout, Does.Contain("   35 |   acl    = \"public-read\"").Or.Contain("35 |   acl    = \"public-read\""));
        Assert.That(stdout, Does.Contain("|            ^^^^^^^^^^^^^"));
        Assert.That(stdout, Does.Match(@"\d+ failed \(\d+ critical"));
    }

    [Test]
    public void Fail_on_sets_the_threshold_for_exit_code_1()
    {
        Assert.That(CliRunner.Run("scan", CliRunner.Fixture("cli", "medium-only"), "--fail-on", "high").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("scan", CliRunner.Fixture("cli", "medium-only"), "--fail-on", "medium").ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
        Assert.That(CliRunner.Run("scan", CliRunner.Fixture("cli", "medium-only")).ExitCode, Is.EqualTo(ExitCodes.FindingsFailed), "the default threshold is low");
    }

    [Test]
    public void Unparseable_input_with_no_failure_exits_3()
    {
        var (code, _, stderr) = CliRunner.Run("scan", CliRunner.Fixture("cli", "broken"), "--fail-on", "critical");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("error HCL"));
    }

    [Test]
    public void A_wrong_severity_is_a_usage_error() =>
        Assert.That(CliRunner.Run("scan", ".", "--fail-on", "severe").ExitCode, Is.EqualTo(ExitCodes.UsageError));

    [Test]
    public void List_policies_json_has_the_documented_fields()
    {
        var (code, stdout, _) = CliRunner.Run("list-policies", "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        using var document = JsonDocument.Parse(stdout);
        var first = document.RootElement.EnumerateArray().First(p => p.GetProperty("id").GetString() == "PS-AWS-S3-001");
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("s3-bucket-public-acl"));
            Assert.That(first.GetProperty("severity").GetString(), Is.EqualTo("critical"));
            Assert.That(first.GetProperty("formats").EnumerateArray().Select(f => f.GetString()), Does.Contain("Terraform"));
            Assert.That(first.GetProperty("related").EnumerateArray().Select(f => f.GetString()), Does.Contain("checkov:CKV_AWS_20"));
            Assert.That(first.GetProperty("compliance").EnumerateArray().Select(f => f.GetString()), Does.Contain("hipaa:164.312(a)(1)"));
            Assert.That(first.GetProperty("title").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public void Explain_prints_the_policy_page_and_rejects_unknown_ids()
    {
        var (code, stdout, _) = CliRunner.Run("explain", "s3-bucket-public-acl");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout, Does.StartWith("# PS-AWS-S3-001: "));
        Assert.That(CliRunner.Run("explain", "PS-NOPE-000").ExitCode, Is.EqualTo(ExitCodes.UsageError));
    }
}
