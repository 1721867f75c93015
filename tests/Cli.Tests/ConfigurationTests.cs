using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PolicyScan.Cli.Configuration;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Tests;

/// <summary>The configuration file: discovery, every key, flags overriding it, and every mistake reported at its line and column.</summary>
public sealed class ConfigurationTests
{
    private static string Discovered => CliRunner.Fixture("cli", "config", "discovered");

    private static string MediumOnly => CliRunner.Fixture("cli", "medium-only");

    [Test]
    public void The_file_is_found_upward_from_the_root_and_no_config_ignores_it()
    {
        var nested = Path.Combine(Discovered, "nested");
        var (found, foundOut, _) = CliRunner.Run("scan", nested, "--root", nested, "--format", "json");
        var (ignored, _, _) = CliRunner.Run("scan", nested, "--root", nested, "--no-config");
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(ExitCodes.Success), "the two medium failures are skipped by ../.policyscan.yml");
            Assert.That(PolicyIds(foundOut), Does.Not.Contain("PS-AWS-S3-008").And.Not.Contain("PS-AWS-S3-007"));
            Assert.That(ignored, Is.EqualTo(ExitCodes.FindingsFailed));
        });
    }

    [Test]
    public void An_explicit_config_replaces_the_discovered_one()
    {
        var nested = Path.Combine(Discovered, "nested");
        var (code, stdout, _) = CliRunner.Run("scan", nested, "--root", nested, "--config", Path.Combine(Discovered, "strict.yml"), "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed), "versioning is critical and fails the critical gate");
            Assert.That(Severity(stdout, "PS-AWS-S3-008"), Is.EqualTo("critical"));
            Assert.That(Severity(stdout, "PS-AWS-S3-007"), Is.EqualTo("medium"));
        });
    }

    [Test]
    public void Discovery_stops_at_the_repository_root_and_accepts_the_yaml_extension()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-discovery-");
        try
        {
            var repository = Directory.CreateDirectory(Path.Combine(directory.FullName, "repository"));
            var below = Directory.CreateDirectory(Path.Combine(repository.FullName, "infra", "prod"));
            Directory.CreateDirectory(Path.Combine(repository.FullName, ".git"));
            File.WriteAllText(Path.Combine(directory.FullName, ".policyscan.yml"), "fail-on: info\n");
            Assert.That(ConfigurationDiscovery.Find(below.FullName), Is.Null, "a file above the repository is not this repository's");

            var inRepository = Path.Combine(repository.FullName, ".policyscan.yaml");
            File.WriteAllText(inRepository, "fail-on: info\n");
            Assert.That(ConfigurationDiscovery.Find(below.FullName), Is.EqualTo(inRepository));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Skip_and_enable_choose_the_policies_by_id_or_name()
    {
        var skipped = PolicyIds(ScanExample("policies:\n  skip: [PS-AWS-S3-001, sagemaker-notebook-root-access]\n").Stdout);
        var enabled = PolicyIds(ScanExample("policies:\n  enable: [s3-bucket-public-acl, PS-AWS-S3-002]\n").Stdout);
        var overridden = PolicyIds(ScanExample("policies:\n  enable: [s3-bucket-public-acl]\n", "--policy", "PS-AWS-S3-003").Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(skipped, Does.Not.Contain("PS-AWS-S3-001").And.Not.Contain("PS-AWS-SAGEMAKER-001").And.Contain("PS-AWS-S3-002"));
            Assert.That(enabled, Is.EquivalentTo(new[] { "PS-AWS-S3-001", "PS-AWS-S3-002" }));
            Assert.That(overridden, Is.EquivalentTo(new[] { "PS-AWS-S3-003" }), "--policy replaces the file's list");
        });
    }

    [Test]
    public void A_severity_override_shows_in_the_json_and_decides_the_gate()
    {
        var (code, stdout, _) = ScanExample("policies:\n  enable: [s3-bucket-versioning]\n  severity:\n    s3-bucket-versioning: critical\nfail-on: critical\n");
        Assert.Multiple(() =>
        {
            Assert.That(Severity(stdout, "PS-AWS-S3-008"), Is.EqualTo("critical"));
            Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        });
    }

    [Test]
    public void Excluded_paths_lose_their_findings()
    {
        var (code, stdout, _) = ScanExample("exclude:\n  - examples/insecure/**\n");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(PolicyIds(stdout), Is.Empty);
        });
    }

    [Test]
    public void Settings_configure_the_governance_policies()
    {
        var (_, stdout, _) = ScanExample("settings:\n  required-tags: [owner]\n  allowed-regions: [eu-west-1]\n  min-log-retention-days: 2192\n");
        using var document = JsonDocument.Parse(stdout);
        List<string?> Statuses(string policyId) => [.. document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("policyId").GetString() == policyId)
            .Select(f => f.GetProperty("status").GetString())];
        Assert.Multiple(() =>
        {
            Assert.That(Statuses("PS-AWS-GOV-001"), Is.Not.Empty.And.All.EqualTo("failed"), "the example has no owner tag");
            Assert.That(Statuses("PS-AWS-GOV-002"), Has.Exactly(6).EqualTo("failed"), "it deploys to eu-central-1 (IAM, being global, is not applicable)");
        });
    }

    [Test]
    public void Fail_on_from_the_file_is_overridden_by_the_flag()
    {
        var (fromFile, _, _) = Scan(MediumOnly, "fail-on: high\n");
        var (fromFlag, _, _) = Scan(MediumOnly, "fail-on: high\n", "--fail-on", "medium");
        var (soft, _, _) = Scan(MediumOnly, "soft-fail: true\n");
        Assert.Multiple(() =>
        {
            Assert.That(fromFile, Is.EqualTo(ExitCodes.Success), "the failures are medium, below the file's threshold");
            Assert.That(fromFlag, Is.EqualTo(ExitCodes.FindingsFailed));
            Assert.That(soft, Is.EqualTo(ExitCodes.Success));
        });
    }

    [Test]
    public void Suppressions_become_rules_with_their_accountability_and_location()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-config-");
        try
        {
            var path = Path.Combine(directory.FullName, ".policyscan.yml");
            File.WriteAllText(path, """
                fail-on-unknown: true
                settings:
                  min-log-retention-days: 2192
                inline-suppressions: false
                foreign-suppressions: false
                baseline: baselines/accepted.json
                suppressions:
                  - policy: [PS-AWS-S3-001, s3-bucket-versioning]
                    paths: ["legacy/**"]
                    resources: [aws_s3_bucket.logs]
                    reason: replaced in Q3
                    author: dana@example.org
                    expires: 2027-01-31
                  - policy: PS-AWS-S3-004
                    reason: "encrypted by the bucket policy"
                """);
            var file = ConfigurationFile.Read(path, directory.FullName, out var errors);
            Assert.That(errors, Is.Empty);
            var settings = file!.ApplyTo(new ScanSettings { Root = directory.FullName });
            var first = settings.ConfiguredSuppressions[0];
            Assert.Multiple(() =>
            {
                Assert.That(settings.ConfigurationPath, Is.EqualTo(".policyscan.yml"));
                Assert.That(settings.FailOnUnknown, Is.True);
                Assert.That(settings.Policies.MinimumLogRetentionDays, Is.EqualTo(2192));
                Assert.That(settings.InlineSuppressions, Is.False);
                Assert.That(settings.ForeignSuppressions, Is.False);
                Assert.That(settings.BaselinePath, Is.EqualTo(Path.Combine(directory.FullName, "baselines", "accepted.json")), "relative to the file's directory");
                Assert.That(settings.ConfiguredSuppressions, Has.Length.EqualTo(2));
                Assert.That(first.Policies, Is.EqualTo(new[] { "PS-AWS-S3-001", "s3-bucket-versioning" }));
                Assert.That(first.Paths, Is.EqualTo(new[] { "legacy/**" }));
                Assert.That(first.Resources, Is.EqualTo(new[] { "aws_s3_bucket.logs" }));
                Assert.That(first.Reason, Is.EqualTo("replaced in Q3"));
                Assert.That(first.Author, Is.EqualTo("dana@example.org"));
                Assert.That(first.Expires, Is.EqualTo(new DateOnly(2027, 1, 31)));
                Assert.That(first.Location.ToString(), Is.EqualTo(".policyscan.yml:8:5"));
                Assert.That(settings.ConfiguredSuppressions[1].Policies, Is.EqualTo(new[] { "PS-AWS-S3-004" }));
                Assert.That(settings.ConfiguredSuppressions[1].Expires, Is.Null);
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Every_mistake_is_reported_at_its_line_and_column_and_nothing_is_scanned()
    {
        var errors = CliRunner.Fixture("cli", "config", "errors");
        var (code, stdout, stderr) = CliRunner.Run("scan", MediumOnly, "--root", errors);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.ReplaceLineEndings("\n"), Is.EqualTo("""
                .policyscan.yml:3:1: error PS0201: unknown key 'polices' (did you mean 'policies'?)
                .policyscan.yml:7:7: error PS0205: unknown policy 'PS-AWS-S3-01' (did you mean 'PS-AWS-S3-001'?)
                .policyscan.yml:9:27: error PS0203: 'policies.severity.s3-bucket-versioning' must be one of critical, high, medium, low, info, not 'severe'
                .policyscan.yml:11:18: error PS0202: 'settings.required-tags' must be a list, not the string 'owner'
                .policyscan.yml:16:14: error PS0206: 'suppressions[0].expires' is not a date: 2027-02-30 does not exist in the calendar
                .policyscan.yml:17:5: error PS0204: 'suppressions[1]' is missing the required key 'reason'

                """));
        });
    }

    [TestCase("fail-on: hihg\n", "1:10: error PS0203: 'fail-on' must be one of critical, high, medium, low, info, not 'hihg' (did you mean 'high'?)")]
    [TestCase("settings:\n  min-log-retention-days: a year\n", "2:27: error PS0202: 'settings.min-log-retention-days' must be a whole number, not the string 'a year'")]
    [TestCase("policies:\n  severity:\n    PS-AWS-NOPE-001: high\n", "3:5: error PS0205: unknown policy 'PS-AWS-NOPE-001'")]
    [TestCase("suppressions:\n  - policy: PS-AWS-S3-001\n    reason: ok\n    expires: 31/01/2027\n", "4:14: error PS0203: 'suppressions[0].expires' must be a date written YYYY-MM-DD, not '31/01/2027'")]
    [TestCase("suppressions:\n  - policy: PS-AWS-S3-001\n    reason: \"\"\n", "3:13: error PS0203: 'suppressions[0].reason' must not be empty")]
    [TestCase("policies: [PS-AWS-S3-001\n", "error PS0200: the configuration is not valid YAML")]
    [TestCase("settings:\n  min-log-retention-days: 100000\n", "2:27: error PS0203: 'settings.min-log-retention-days' must be at most 36500, not 100000")]
    [TestCase("- fail-on: high\n", "1:1: error PS0202: the configuration must be a mapping, not a list")]
    [TestCase("fail-on: high\n---\nfail-on: low\n", "3:1: error PS0207: the configuration holds more than one YAML document")]
    [TestCase("version: 2\n", "1:10: error PS0203: 'version' must be 1, not 2")]
    [TestCase("policies:\n  skipp: []\n", "2:3: error PS0201: unknown key 'skipp' (did you mean 'skip'?)")]
    public void A_mistake_is_a_located_usage_error(string yaml, string expected)
    {
        var (code, stdout, stderr) = Scan(MediumOnly, yaml);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.Contain(expected));
        });
    }

    [Test]
    public void A_missing_config_file_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("scan", MediumOnly, "--config", Path.Combine(Discovered, "absent.yml"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(stderr, Does.Contain("absent.yml:1:1: error PS0001: cannot read the file"));
        });
    }

    [Test]
    public void Config_and_no_config_together_are_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("scan", MediumOnly, "--config", Path.Combine(Discovered, "strict.yml"), "--no-config");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(stderr, Does.Contain("policyscan: --config and --no-config cannot be given together"));
        });
    }

    [Test]
    public void An_empty_file_configures_nothing()
    {
        Assert.That(Scan(MediumOnly, "# nothing yet\n").ExitCode, Is.EqualTo(ExitCodes.FindingsFailed));
    }

    [Test]
    public void The_schema_is_valid_draft_2020_12_and_the_binary_embeds_the_repository_copy()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.Fixture())!)!;
        var text = File.ReadAllText(Path.Combine(repository, "schemas", "policyscan-config.schema.json"));
        using var document = JsonDocument.Parse(text);
        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values)));
            Assert.That(document.RootElement.GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
            Assert.That(ConfigurationSchema.Text, Is.EqualTo(text));
        });
    }

    [Test]
    public void Every_key_the_schema_allows_is_documented_in_the_readme()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.Fixture())!)!;
        var readme = File.ReadAllText(Path.Combine(repository, "README.md"));
        var schema = JsonNode.Parse(ConfigurationSchema.Text)!;
        var keys = schema["properties"]!.AsObject().Select(p => p.Key)
            .Concat(schema["properties"]!["policies"]!["properties"]!.AsObject().Select(p => p.Key))
            .Concat(schema["properties"]!["settings"]!["properties"]!.AsObject().Select(p => p.Key))
            .Concat(schema["$defs"]!["suppression"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.That(keys.Where(k => !readme.Contains($"`{k}`", StringComparison.Ordinal)), Is.Empty);
    }

    private static (int ExitCode, string Stdout, string Stderr) ScanExample(string yaml, params string[] args)
    {
        var (path, root) = Golden.ExampleStack;
        return Scan(path, yaml, ["--root", root, "--format", "json", .. args]);
    }

    /// <summary>Scans with a configuration written to a temporary file and given with --config.</summary>
    private static (int ExitCode, string Stdout, string Stderr) Scan(string path, string yaml, params string[] args)
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-config-");
        try
        {
            var config = Path.Combine(directory.FullName, ".policyscan.yml");
            File.WriteAllText(config, yaml);
            return CliRunner.Run(["scan", path, "--config", config, .. args]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static HashSet<string> PolicyIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() != "not_applicable")
            .Select(f => f.GetProperty("policyId").GetString()!).ToHashSet();
    }

    private static string Severity(string json, string policyId)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("policyId").GetString() == policyId).GetProperty("severity").GetString()!;
    }
}
