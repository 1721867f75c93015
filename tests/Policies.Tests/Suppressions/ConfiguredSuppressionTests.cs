using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary>Suppression rules from the configuration: by policy, path and resource, with reason, author and expiry.</summary>
public sealed class ConfiguredSuppressionTests
{
    private static readonly SourceFile Configuration = new(".policyscan.yml", "suppressions:\n  - policies: [PS-AWS-S3-009]\n");

    private static SourceRange RuleLocation => new(Configuration, new TextSpan(16, 44));

    private static ScanResult Run(SuppressionRule rule, Func<string, bool>? matchesPath = null, bool inline = true) =>
        SuppressionScan.Run(SourceFormat.Terraform, "foreign", o => o with
        {
            Inline = inline,
            Configured = [new ConfiguredSuppression(rule, matchesPath ?? (_ => true))],
        });

    [Test]
    public void A_rule_waives_its_policies_on_the_resources_it_names_with_its_reason_and_author()
    {
        var result = Run(new SuppressionRule
        {
            Policies = ["s3-bucket-tls-only"],
            Resources = ["aws_s3_bucket.plain"],
            Reason = "internal bucket behind a VPC endpoint",
            Author = "platform-team",
            Expires = new DateOnly(2026, 6, 30),
            Location = RuleLocation,
        });
        var finding = result.Single("aws_s3_bucket.plain", "PS-AWS-S3-009");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(finding.Suppression!.Kind, Is.EqualTo(SuppressionKind.Configuration));
            Assert.That(finding.Suppression.Source, Is.EqualTo(".policyscan.yml"));
            Assert.That(finding.Suppression.NamedId, Is.EqualTo("s3-bucket-tls-only"));
            Assert.That(finding.Suppression.Author, Is.EqualTo("platform-team"));
            Assert.That(finding.Suppression.Reason, Is.EqualTo("internal bucket behind a VPC endpoint"));
            Assert.That(finding.Suppression.Location, Is.EqualTo(RuleLocation));
            Assert.That(result.Single("aws_s3_bucket.checkov_above", "PS-AWS-S3-009").Status, Is.EqualTo(ResultStatus.Failed), "a resource the rule does not name");
        });
    }

    [Test]
    public void A_rule_applies_to_the_files_its_path_patterns_match()
    {
        var matching = Run(new SuppressionRule { Policies = ["PS-AWS-S3-004"], Paths = ["main.tf"], Reason = "legacy" }, path => path == "main.tf");
        var other = Run(new SuppressionRule { Policies = ["PS-AWS-S3-004"], Paths = ["legacy/**"], Reason = "legacy" }, _ => false);
        Assert.Multiple(() =>
        {
            Assert.That(matching.Findings.Where(f => f.Policy.Id == "PS-AWS-S3-004").Select(f => f.Status), Has.All.EqualTo(ResultStatus.Suppressed));
            Assert.That(other.Single("aws_s3_bucket.plain", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
        });
    }

    [Test]
    public void An_address_without_its_instance_key_covers_every_instance()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "forms", o => o with
        {
            Configured = [new ConfiguredSuppression(new SuppressionRule { Policies = ["PS-AWS-S3-008"], Resources = ["aws_s3_bucket.counted"], Reason = "scratch" }, _ => true)],
        });
        Assert.That(result.Findings.Where(f => f.Resource.Address.StartsWith("aws_s3_bucket.counted", StringComparison.Ordinal) && f.Policy.Id == "PS-AWS-S3-008").Select(f => f.Status), Is.EqualTo(new[] { ResultStatus.Suppressed, ResultStatus.Suppressed }));
    }

    [Test]
    public void Configured_rules_apply_when_inline_suppressions_are_off()
    {
        var result = Run(new SuppressionRule { Policies = ["PS-AWS-S3-009"], Reason = "accepted for this account" }, inline: false);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.Status == ResultStatus.Suppressed).Select(f => f.Policy.Id).Distinct(), Is.EqualTo(new[] { "PS-AWS-S3-009" }));
            Assert.That(result.Single("aws_s3_bucket.tfsec_above", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
        });
    }

    [Test]
    public void An_expired_rule_waives_nothing_and_says_so_at_its_entry()
    {
        var result = Run(new SuppressionRule { Policies = ["PS-AWS-S3-009"], Reason = "until the migration", Expires = new DateOnly(2025, 12, 31), Location = RuleLocation }, inline: false);
        Assert.Multiple(() =>
        {
            Assert.That(result.Count(ResultStatus.Suppressed), Is.Zero);
            Assert.That(result.WithCode("PS0300").Single().Range, Is.EqualTo(RuleLocation));
        });
    }

    [Test]
    public void A_rule_without_a_reason_or_with_an_unknown_policy_is_a_warning()
    {
        var result = Run(new SuppressionRule { Policies = ["PS-AWS-S3-009", "no-such-policy"], Location = RuleLocation }, inline: false);
        Assert.Multiple(() =>
        {
            Assert.That(result.SuppressionWarnings(), Is.EquivalentTo(new[] { "2:3 PS0301", "2:3 PS0302" }));
            Assert.That(result.WithCode("PS0302").Single().Message, Does.Contain("\"no-such-policy\""));
            Assert.That(result.Single("aws_s3_bucket.plain", "PS-AWS-S3-009").Status, Is.EqualTo(ResultStatus.Suppressed));
        });
    }
}
