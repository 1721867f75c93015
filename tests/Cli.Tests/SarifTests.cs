using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PolicyScan.Cli.Output;
using PolicyScan.Cli.Output.Sarif;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Tests;

/// <summary><c>scan --format sarif</c>: valid against the official schema, and carrying what GitHub code scanning reads.</summary>
public sealed class SarifTests
{
    [Test]
    public void The_example_stack_gives_a_log_the_official_schema_accepts()
    {
        var errors = SarifSchema.Validate(ExampleSarif());
        Assert.That(errors, Is.Empty, string.Join('\n', errors));
    }

    [Test]
    public void The_schema_check_rejects_a_log_code_scanning_would_reject()
    {
        var broken = ExampleSarif().Replace("\"level\": \"error\"", "\"level\": \"critical\"", StringComparison.Ordinal);
        Assert.That(SarifSchema.Validate(broken), Has.Some.Contains("level: enum"));
    }

    [Test]
    public void A_parse_error_is_a_tool_execution_notification_the_schema_accepts()
    {
        var (code, stdout, _) = CliRunner.Run("scan", CliRunner.Fixture("cli", "broken"), "--root", Golden.ExampleStack.Root, "--format", "sarif", "--fail-on", "critical");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        using var document = JsonDocument.Parse(stdout);
        var invocation = Run(document).GetProperty("invocations")[0];
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().First();
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Multiple(() =>
        {
            Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
            Assert.That(notification.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(notification.GetProperty("descriptor").GetProperty("id").GetString(), Does.StartWith("HCL"));
            Assert.That(notification.GetProperty("message").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("tests/fixtures/cli/broken/main.tf"));
            Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(6));
            Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(12));
        });
        var errors = SarifSchema.Validate(stdout);
        Assert.That(errors, Is.Empty, string.Join('\n', errors));
    }

    [Test]
    public void A_suppressed_finding_is_a_result_with_an_accepted_suppression_the_schema_accepts()
    {
        var report = ExampleReport();
        var waived = report.Findings.First(f => f.Policy.Id == "PS-AWS-S3-001" && f.Status == ResultStatus.Failed);
        var inline = new Suppression { Kind = SuppressionKind.Inline, Source = "policyscan:ignore", NamedId = "PS-AWS-S3-001", Reason = "public website bucket", Author = "jane", Expires = new DateOnly(2030, 1, 31), Location = waived.Resource.DeclarationRange };
        var configured = new Suppression { Kind = SuppressionKind.Configuration, Source = ".policyscan.yml", NamedId = "s3-bucket-versioning" };
        var versioning = report.Findings.First(f => f.Status == ResultStatus.Failed && f.Policy.Id != waived.Policy.Id);
        report = report with
        {
            Result = report.Result with
            {
                Findings = [.. report.Findings.Select(f =>
                    ReferenceEquals(f, waived) ? f with { Status = ResultStatus.Suppressed, OriginalStatus = ResultStatus.Failed, Suppression = inline }
                    : ReferenceEquals(f, versioning) ? f with { Status = ResultStatus.Suppressed, OriginalStatus = ResultStatus.Failed, Suppression = configured }
                    : f)],
            },
        };
        var output = new StringWriter();
        new SarifReportWriter().Write(report, output, OutputContext.File);

        using var document = JsonDocument.Parse(output.ToString());
        var results = Run(document).GetProperty("results").EnumerateArray().ToList();
        var inSource = results.Single(r => r.GetProperty("ruleId").GetString() == "PS-AWS-S3-001").GetProperty("suppressions")[0];
        var external = results.Single(r => r.GetProperty("ruleId").GetString() == versioning.Policy.Id && r.TryGetProperty("suppressions", out _)).GetProperty("suppressions")[0];
        Assert.Multiple(() =>
        {
            Assert.That(inSource.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(inSource.GetProperty("status").GetString(), Is.EqualTo("accepted"));
            Assert.That(inSource.GetProperty("justification").GetString(), Is.EqualTo("public website bucket"));
            Assert.That(inSource.GetProperty("properties").GetProperty("author").GetString(), Is.EqualTo("jane"));
            Assert.That(inSource.GetProperty("properties").GetProperty("expires").GetString(), Is.EqualTo("2030-01-31"));
            Assert.That(inSource.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(waived.Resource.DeclarationRange.StartPosition.Line));
            Assert.That(external.GetProperty("kind").GetString(), Is.EqualTo("external"));
            Assert.That(external.TryGetProperty("justification", out _), Is.False, "no reason given, none invented");
            Assert.That(results, Has.Count.EqualTo(report.Count(ResultStatus.Failed) + 2));
        });
        var errors = SarifSchema.Validate(output.ToString());
        Assert.That(errors, Is.Empty, string.Join('\n', errors));
    }

    [Test]
    public void The_example_stack_matches_the_golden_log() => Golden.AssertMatches(ExampleSarif(), "scan.sarif");

    [Test]
    public void Every_result_names_a_rule_by_id_and_by_its_index()
    {
        using var document = JsonDocument.Parse(ExampleSarif());
        var run = Run(document);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(rules, Is.Unique.And.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        Assert.That(results, Has.Count.EqualTo(20), "the example's 20 failures; its one unknown only with --verbose");
        Assert.Multiple(() =>
        {
            foreach (var result in results)
            {
                var id = result.GetProperty("ruleId").GetString();
                Assert.That(rules, Does.Contain(id));
                Assert.That(rules[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo(id));
                Assert.That(result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString(), Does.Match("^[0-9a-f]{32}$"));
            }
        });
    }

    [Test]
    public void The_public_acl_finding_has_the_exact_region_and_the_resource_as_logical_location()
    {
        using var document = JsonDocument.Parse(ExampleSarif());
        var acl = Run(document).GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PS-AWS-S3-001");
        var location = acl.GetProperty("locations")[0];
        var physical = location.GetProperty("physicalLocation");
        var region = physical.GetProperty("region");
        var logical = location.GetProperty("logicalLocations")[0];
        Assert.Multiple(() =>
        {
            Assert.That(acl.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(acl.GetProperty("message").GetProperty("text").GetString(), Does.Contain("\"public-read\""));
            Assert.That(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("examples/insecure/terraform/main.tf"));
            Assert.That(physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            Assert.That(region.GetProperty("startLine").GetInt32(), Is.EqualTo(35));
            Assert.That(region.GetProperty("startColumn").GetInt32(), Is.EqualTo(12));
            Assert.That(region.GetProperty("endLine").GetInt32(), Is.EqualTo(35));
            Assert.That(region.GetProperty("endColumn").GetInt32(), Is.EqualTo(25), "exclusive, as in SARIF: the 13 characters of \"public-read\"");
            Assert.That(logical.GetProperty("name").GetString(), Is.EqualTo("aws_s3_bucket.transcripts"));
            Assert.That(logical.GetProperty("fullyQualifiedName").GetString(), Is.EqualTo("examples/insecure/terraform:aws_s3_bucket.transcripts"));
            Assert.That(logical.GetProperty("kind").GetString(), Is.EqualTo("resource"));
            Assert.That(acl.GetProperty("properties").GetProperty("resourceType").GetString(), Is.EqualTo("aws_s3_bucket"));
        });
        var line = File.ReadAllLines(Path.Combine(Golden.ExampleStack.Path, "main.tf"))[34];
        Assert.That(line[11..24], Is.EqualTo("\"public-read\""), "columns 12 to 25 (exclusive) of line 35 are the offending value");
    }

    [TestCase(Severity.Critical, "error", "9.5")]
    [TestCase(Severity.High, "error", "8.0")]
    [TestCase(Severity.Medium, "warning", "5.5")]
    [TestCase(Severity.Low, "note", "3.0")]
    [TestCase(Severity.Info, "note", "1.0")]
    public void Severities_map_to_a_level_and_to_GitHubs_security_severity_band(Severity severity, string level, string securitySeverity)
    {
        Assert.That(SarifSeverity.Level(severity), Is.EqualTo(level));
        Assert.That(SarifSeverity.SecuritySeverity(severity), Is.EqualTo(securitySeverity));
        var score = double.Parse(securitySeverity, CultureInfo.InvariantCulture);
        var band = score > 9.0 ? Severity.Critical : score >= 7.0 ? Severity.High : score >= 4.0 ? Severity.Medium : Severity.Low;
        Assert.That(band, Is.EqualTo(severity == Severity.Info ? Severity.Low : severity), "GitHub's bands: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low");
    }

    [Test]
    public void Every_rule_carries_what_code_scanning_shows()
    {
        using var document = JsonDocument.Parse(ExampleSarif());
        var driver = Run(document).GetProperty("tool").GetProperty("driver");
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PS-AWS-S3-001");
        var properties = rule.GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("PolicyScan"));
            Assert.That(driver.GetProperty("semanticVersion").GetString(), Is.EqualTo(ToolVersion.Tool));
            Assert.That(rule.GetProperty("name").GetString(), Is.EqualTo("S3BucketPublicAcl"));
            Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(rule.GetProperty("fullDescription").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(rule.GetProperty("help").GetProperty("text").GetString(), Does.Contain("Remediation: "));
            Assert.That(rule.GetProperty("help").GetProperty("markdown").GetString(), Does.Contain("```hcl\n").And.Contain("acl    = \"private\"").And.Contain("`hipaa:164.312(a)(1)`"));
            Assert.That(rule.GetProperty("helpUri").GetString(), Does.EndWith("/docs/policies/PS-AWS-S3-001.md"));
            Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(properties.GetProperty("security-severity").GetString(), Is.EqualTo("9.5"));
            Assert.That(properties.GetProperty("precision").GetString(), Is.EqualTo("high"));
            Assert.That(properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.SupersetOf(new[] { "security", "hipaa:164.312(a)(1)", "terraform" }));
        });
        Assert.That(driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("properties").GetProperty("tags").GetArrayLength()), Has.All.InRange(1, SarifRules.MaximumTags));
    }

    [Test]
    public void Unknowns_are_notes_only_when_asked_for()
    {
        var (path, root) = Golden.ExampleStack;
        using var quiet = JsonDocument.Parse(CliRunner.Run("scan", path, "--root", root, "--format", "sarif").Stdout);
        using var verbose = JsonDocument.Parse(CliRunner.Run("scan", path, "--root", root, "--format", "sarif", "--verbose").Stdout);
        var unknowns = Run(verbose).GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("properties").TryGetProperty("unknown", out _)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Run(quiet).GetProperty("results").EnumerateArray().Count(r => r.GetProperty("properties").TryGetProperty("unknown", out _)), Is.Zero);
            Assert.That(unknowns, Has.Count.EqualTo(1));
            Assert.That(unknowns[0].GetProperty("level").GetString(), Is.EqualTo("note"));
            Assert.That(unknowns[0].GetProperty("message").GetProperty("text").GetString(), Does.EndWith("(unknown before deployment)"));
        });
    }

    [Test]
    public void Fingerprints_survive_a_blank_line_inserted_above_the_resources()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-sarif-");
        try
        {
            foreach (var file in Directory.GetFiles(Golden.ExampleStack.Path))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            var before = Results(directory.FullName);
            var main = Path.Combine(directory.FullName, "main.tf");
            File.WriteAllText(main, "\n" + File.ReadAllText(main));
            var after = Results(directory.FullName);

            Assert.That(after.Select(r => r.Fingerprint), Is.EqualTo(before.Select(r => r.Fingerprint)));
            Assert.That(after.Select(r => r.StartLine), Is.EqualTo(before.Select(r => r.StartLine + 1)), "the lines moved; the fingerprints did not");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestCase("main.tf", "main.tf")]
    [TestCase("stacks/my stack/main.tf", "stacks/my%20stack/main.tf")]
    [TestCase("envs/#1/caf\u00e9.tf", "envs/%231/caf%C3%A9.tf")]
    [TestCase("../shared/100%.tf", "../shared/100%25.tf")]
    public void Paths_become_escaped_relative_uris(string path, string uri) =>
        Assert.That(SarifLocations.RelativeUri(path), Is.EqualTo(uri));

    private static string ExampleSarif()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, stderr) = CliRunner.Run("scan", path, "--root", root, "--format", "sarif");
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed), stderr);
        return stdout;
    }

    private static ScanReport ExampleReport()
    {
        var (path, root) = Golden.ExampleStack;
        return ScanPipeline.Run(new ScanSettings { Paths = [path], Root = root });
    }

    private static JsonElement Run(JsonDocument document) => document.RootElement.GetProperty("runs")[0];

    private static ImmutableArray<(string Fingerprint, int StartLine)> Results(string directory)
    {
        using var document = JsonDocument.Parse(CliRunner.Run("scan", directory, "--root", directory, "--format", "sarif").Stdout);
        return [.. Run(document).GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!,
            r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))];
    }
}
