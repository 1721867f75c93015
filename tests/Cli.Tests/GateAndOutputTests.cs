using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary>The gate (<c>--fail-on-unknown</c>, <c>--soft-fail</c>), policy selection and several outputs at once.</summary>
public sealed class GateAndOutputTests
{
    private static string UnknownAcl => CliRunner.Fixture("cli", "unknown-acl");

    private static string MediumOnly => CliRunner.Fixture("cli", "medium-only");

    [Test]
    public void An_unknown_result_passes_the_gate_unless_fail_on_unknown_is_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CliRunner.Run("scan", UnknownAcl, "--policy", "PS-AWS-S3-001").ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(CliRunner.Run("scan", UnknownAcl, "--policy", "s3-bucket-public-acl", "--fail-on-unknown").ExitCode, Is.EqualTo(ExitCodes.FindingsFailed), "policies are named by id or name");
            Assert.That(CliRunner.Run("scan", UnknownAcl, "--policy", "PS-AWS-S3-001", "--fail-on-unknown", "--fail-on", "critical").ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
        });
    }

    [Test]
    public void Soft_fail_exits_0_whatever_was_found_but_not_on_usage_errors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CliRunner.Run("scan", MediumOnly).ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(CliRunner.Run("scan", MediumOnly, "--soft-fail").ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(CliRunner.Run("scan", MediumOnly, "--soft-fail", "--fail-on", "everything").ExitCode, Is.EqualTo(ExitCodes.UsageError));
        });
    }

    [Test]
    public void Skipped_policies_do_not_run()
    {
        var (code, stdout, _) = CliRunner.Run("scan", UnknownAcl, "--format", "json", "--skip-policy", "PS-AWS-S3-001");
        using var document = JsonDocument.Parse(stdout);
        var ids = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("policyId").GetString()).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Does.Not.Contain("PS-AWS-S3-001"));
            Assert.That(ids, Does.Contain("PS-AWS-S3-003"));
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        });
    }

    [Test]
    public void Each_output_follows_its_format_and_only_one_goes_to_standard_output()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-outputs-");
        try
        {
            var json = Path.Combine(directory.FullName, "nested", "results.json");
            var (code, stdout, _) = CliRunner.Run("scan", MediumOnly, "--format", "json", "--output", json, "--format", "text");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
                Assert.That(stdout, Does.Contain("failed"), "text goes to standard output");
                Assert.That(stdout, Does.Not.Contain("\"findings\""));
                using var document = JsonDocument.Parse(File.ReadAllText(json));
                Assert.That(document.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
            });

            var (conflict, _, stderr) = CliRunner.Run("scan", MediumOnly, "--format", "json", "--format", "text");
            Assert.Multiple(() =>
            {
                Assert.That(conflict, Is.EqualTo(ExitCodes.UsageError));
                Assert.That(stderr, Does.Contain("more than one format would go to standard output"));
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = CliRunner.Run("scan", MediumOnly, "--format", "json").Stdout;
        var second = CliRunner.Run("scan", MediumOnly, "--format", "json").Stdout;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Json_of_the_example_stack_matches_its_golden_file()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        Golden.AssertMatches(stdout, "scan.json");
    }
}
