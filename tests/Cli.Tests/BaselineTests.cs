using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary>The baseline flow: record the failures, report only new ones, count the ones that went away.</summary>
public sealed class BaselineTests
{
    private DirectoryInfo directory = null!;

    private string Stack => Path.Combine(directory.FullName, "main.tf");

    private string BaselinePath => Path.Combine(directory.FullName, "baseline.json");

    [SetUp]
    public void CopyTheExampleStack()
    {
        directory = Directory.CreateTempSubdirectory("policyscan-baseline-");
        File.Copy(Path.Combine(Golden.ExampleStack.Path, "main.tf"), Stack);
    }

    [TearDown]
    public void RemoveTheCopy() => directory.Delete(recursive: true);

    [Test]
    public void A_baseline_of_the_current_failures_makes_the_same_scan_pass()
    {
        var (created, createdOut, createdErr) = Scan("--format", "json", "--create-baseline", BaselinePath);
        var failed = Summary(createdOut).GetProperty("failed").GetInt32();
        var (code, stdout, stderr) = Scan("--format", "json", "--baseline", BaselinePath);
        var summary = Summary(stdout);
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.EqualTo(ExitCodes.FindingsFailed), "creating a baseline still reports the failures");
            Assert.That(failed, Is.EqualTo(20));
            Assert.That(createdErr, Does.Contain($"wrote 20 baseline entries to {BaselinePath}"));
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(summary.GetProperty("failed").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("unknown").GetInt32(), Is.EqualTo(1), "unknowns are not failures and stay");
            Assert.That(summary.GetProperty("baselineMatches").GetInt32(), Is.EqualTo(20));
            Assert.That(summary.GetProperty("baselineResolved").GetInt32(), Is.Zero);
            Assert.That(stderr, Does.Contain("20 findings are in the baseline; 0 baseline entries no longer occur"));
        });
    }

    [Test]
    public void The_baseline_file_is_sorted_and_the_same_bytes_each_time()
    {
        Scan("--create-baseline", BaselinePath);
        var first = File.ReadAllBytes(BaselinePath);
        Scan("--create-baseline", BaselinePath, "--quiet");
        using var document = JsonDocument.Parse(first);
        var root = document.RootElement;
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        var keys = entries.Select(e => $"{e.GetProperty("file").GetString()} {e.GetProperty("policyId").GetString()} {e.GetProperty("resource").GetString()}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(BaselinePath), Is.EqualTo(first));
            Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("tool").GetString(), Is.EqualTo("policyscan"));
            Assert.That(root.GetProperty("createdWith").GetString(), Does.Contain("+"));
            Assert.That(keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(entries.Select(e => e.GetProperty("fingerprint").GetString()), Is.Unique.And.All.Match("^[0-9a-f]{32}$"));
            Assert.That(entries[0].GetProperty("file").GetString(), Is.EqualTo("main.tf"));
        });
    }

    [Test]
    public void Only_a_new_failure_is_reported()
    {
        Scan("--create-baseline", BaselinePath);
        File.AppendAllText(Stack, "\nresource \"aws_s3_bucket_acl\" \"new\" {\n  bucket = aws_s3_bucket.transcripts.id\n  acl    = \"public-read-write\"\n}\n");
        var (code, stdout, _) = Scan("--format", "json", "--baseline", BaselinePath);
        using var document = JsonDocument.Parse(stdout);
        var failures = document.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "failed").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(failures.Select(f => f.GetProperty("policyId").GetString()), Is.EqualTo(new[] { "PS-AWS-S3-001" }));
            Assert.That(failures[0].GetProperty("location").GetProperty("startLine").GetInt32(), Is.GreaterThan(100), "the appended ACL, not the original one");
        });
    }

    [Test]
    public void A_fixed_failure_counts_as_a_resolved_entry()
    {
        Scan("--create-baseline", BaselinePath);
        var text = File.ReadAllText(Stack);
        var attachment = text.IndexOf("resource \"aws_iam_role_policy_attachment\" \"notebook_admin\"", StringComparison.Ordinal);
        var end = text.IndexOf("}\n", attachment, StringComparison.Ordinal) + 2;
        File.WriteAllText(Stack, text[..attachment] + text[end..]);
        var (code, stdout, stderr) = Scan("--format", "json", "--baseline", BaselinePath);
        var summary = Summary(stdout);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(summary.GetProperty("baselineMatches").GetInt32(), Is.EqualTo(19));
            Assert.That(summary.GetProperty("baselineResolved").GetInt32(), Is.EqualTo(1));
            Assert.That(stderr, Does.Contain("19 findings are in the baseline; 1 baseline entry no longer occurs"));
        });
    }

    [Test]
    public void Fingerprints_survive_blank_lines_inserted_above()
    {
        Scan("--create-baseline", BaselinePath);
        File.WriteAllText(Stack, "\n\n\n" + File.ReadAllText(Stack).Replace("resource \"aws_security_group\"", "\n\nresource \"aws_security_group\"", StringComparison.Ordinal));
        var (code, stdout, _) = Scan("--format", "json", "--baseline", BaselinePath);
        var summary = Summary(stdout);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(summary.GetProperty("failed").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("baselineResolved").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public void Quiet_keeps_the_baseline_summary_off_standard_error()
    {
        Scan("--create-baseline", BaselinePath, "--quiet");
        var (_, _, stderr) = Scan("--baseline", BaselinePath, "--quiet");
        Assert.That(stderr, Does.Not.Contain("in the baseline"));
    }

    [TestCase(null, "cannot read the baseline")]
    [TestCase("{", "is not a PolicyScan baseline: it is not valid JSON")]
    [TestCase("{\"version\": 2, \"entries\": []}", "is not a PolicyScan baseline: its version is 2; this PolicyScan reads version 1")]
    [TestCase("{\"version\": 1, \"entries\": [{\"policyId\": \"PS-AWS-S3-001\"}]}", "is not a PolicyScan baseline: entry 0 has no 'fingerprint' string")]
    [TestCase("[]", "is not a PolicyScan baseline: it has no 'entries' list")]
    public void A_missing_or_invalid_baseline_is_a_usage_error(string? content, string expected)
    {
        if (content is not null)
        {
            File.WriteAllText(BaselinePath, content);
        }

        var (code, stdout, stderr) = Scan("--baseline", BaselinePath);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(stdout, Is.Empty, "no scan ran");
            Assert.That(stderr, Does.Contain($"policyscan: ").And.Contain(BaselinePath).And.Contain(expected));
        });
    }

    private (int ExitCode, string Stdout, string Stderr) Scan(params string[] args) =>
        CliRunner.Run(["scan", directory.FullName, "--root", directory.FullName, .. args]);

    private static JsonElement Summary(string json) => JsonDocument.Parse(json).RootElement.GetProperty("summary").Clone();
}
