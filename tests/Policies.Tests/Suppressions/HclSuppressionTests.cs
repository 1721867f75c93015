using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary><c>policyscan:ignore</c> in Terraform: every comment style, above or inside the block (tests/fixtures/suppressions/terraform/forms).</summary>
public sealed class HclSuppressionTests
{
    private static readonly Lazy<ScanResult> Forms = new(() => SuppressionScan.Run(SourceFormat.Terraform, "forms"));

    [TestCase("aws_s3_bucket.hash_above", "PS-AWS-S3-004", "PS-AWS-S3-004", "public website assets, nothing confidential", TestName = "A # comment above the header waives by id")]
    [TestCase("aws_s3_bucket.slashes_inside", "PS-AWS-S3-004", "s3-bucket-default-encryption", "encrypted by the client before upload", TestName = "A // comment inside the block waives by name")]
    [TestCase("aws_s3_bucket.block_above", "PS-AWS-S3-004", "PS-AWS-S3-004", "scratch data, rebuilt nightly", TestName = "A /* */ comment above waives the first of several ids")]
    [TestCase("aws_s3_bucket.block_above", "PS-AWS-S3-008", "PS-AWS-S3-008", "scratch data, rebuilt nightly", TestName = "A /* */ comment above waives the second of several ids")]
    [TestCase("aws_s3_bucket.block_inside", "PS-AWS-S3-008", "s3-bucket-versioning", "logs only, kept for a week", TestName = "A multi-line /* */ comment inside waives ids separated by a comma and a space, its next lines continuing the reason")]
    [TestCase("aws_s3_bucket.counted[0]", "PS-AWS-S3-004", "PS-AWS-S3-004", "one comment for every instance", TestName = "A comment on a counted resource waives its first instance")]
    [TestCase("aws_s3_bucket.counted[1]", "PS-AWS-S3-004", "PS-AWS-S3-004", "one comment for every instance", TestName = "A comment on a counted resource waives its second instance")]
    public void A_policyscan_ignore_comment_suppresses_the_named_policy(string address, string policyId, string namedId, string reason)
    {
        var finding = Forms.Value.Single(address, policyId);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(finding.OriginalStatus, Is.EqualTo(ResultStatus.Failed));
            Assert.That(finding.Suppression!.Kind, Is.EqualTo(SuppressionKind.Inline));
            Assert.That(finding.Suppression.Source, Is.EqualTo(SuppressionSources.PolicyScanComment));
            Assert.That(finding.Suppression.NamedId, Is.EqualTo(namedId));
            Assert.That(finding.Suppression.Reason, Is.EqualTo(reason));
            Assert.That(finding.Suppression.Location.File!.Path, Is.EqualTo("main.tf"));
        });
    }

    [TestCase("aws_s3_bucket.hash_above", "PS-AWS-S3-008", TestName = "A policy the comment does not name stays failed")]
    [TestCase("aws_s3_bucket.detached", "PS-AWS-S3-004", TestName = "A comment separated from the header by a blank line waives nothing")]
    [TestCase("aws_s3_bucket.in_string", "PS-AWS-S3-004", TestName = "policyscan:ignore inside a quoted string is not a comment")]
    [TestCase("aws_s3_bucket.in_string", "PS-AWS-S3-008", TestName = "policyscan:ignore inside a heredoc is not a comment")]
    [TestCase("aws_s3_bucket.unknown_id", "PS-AWS-S3-004", TestName = "A comment naming an unknown policy waives nothing")]
    [TestCase("aws_s3_bucket.expired", "PS-AWS-S3-004", TestName = "An expired comment waives nothing")]
    public void Findings_no_suppression_covers_stay_failed(string address, string policyId)
    {
        var finding = Forms.Value.Single(address, policyId);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Failed));
            Assert.That(finding.Suppression, Is.Null);
        });
    }

    [Test]
    public void Suppressions_that_expired_give_no_reason_or_name_an_unknown_policy_are_warnings_at_the_comment()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Forms.Value.SuppressionWarnings(), Is.EqualTo(new[] { "27:1 PS0300", "32:1 PS0301", "37:1 PS0302" }));
            Assert.That(Forms.Value.WithCode("PS0300").Single().Message, Does.Contain("PS-AWS-S3-004 expired on 2024-06-30"));
            Assert.That(Forms.Value.WithCode("PS0302").Single().Message, Does.Contain("\"PS-AWS-S3-999\""));
            Assert.That(Forms.Value.Diagnostics.Where(d => d.Code.StartsWith("PS03", StringComparison.Ordinal)).Select(d => d.Severity), Has.All.EqualTo(PolicyScan.Parsers.Diagnostics.DiagnosticSeverity.Warning));
        });
    }

    [Test]
    public void A_suppression_without_a_reason_still_applies()
    {
        var finding = Forms.Value.Single("aws_s3_bucket.no_reason", "PS-AWS-S3-004");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(finding.Suppression!.Reason, Is.Null);
        });
    }

    [Test]
    public void A_suppression_works_through_its_expiry_day_and_stops_the_day_after()
    {
        var onTheDay = SuppressionScan.Run(SourceFormat.Terraform, "forms", o => o with { Today = new DateOnly(2024, 6, 30) });
        var dayAfter = SuppressionScan.Run(SourceFormat.Terraform, "forms", o => o with { Today = new DateOnly(2027, 2, 1) });
        Assert.Multiple(() =>
        {
            Assert.That(onTheDay.Single("aws_s3_bucket.expired", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(onTheDay.WithCode("PS0300"), Is.Empty);
            Assert.That(dayAfter.Single("aws_s3_bucket.slashes_inside", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
            Assert.That(dayAfter.WithCode("PS0300").Select(d => d.Range.StartPosition.Line), Is.EqualTo(new[] { 9, 27 }));
        });
    }

    [Test]
    public void The_expiry_is_recorded_on_the_suppressed_finding()
    {
        Assert.That(Forms.Value.Single("aws_s3_bucket.slashes_inside", "PS-AWS-S3-004").Suppression!.Expires, Is.EqualTo(new DateOnly(2027, 1, 31)));
    }

    [Test]
    public void Without_inline_suppressions_nothing_in_the_code_is_suppressed_or_reported()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "forms", o => o with { Inline = false });
        Assert.Multiple(() =>
        {
            Assert.That(result.Count(ResultStatus.Suppressed), Is.Zero);
            Assert.That(result.SuppressionWarnings(), Is.Empty);
        });
    }
}

/// <summary>Suppressions that cannot be read as meant are not applied, and say why (tests/fixtures/suppressions/terraform/malformed).</summary>
public sealed class MalformedSuppressionTests
{
    [Test]
    public void An_expiry_that_is_not_a_date_and_a_directive_without_ids_are_warnings_and_waive_nothing()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "malformed");
        Assert.Multiple(() =>
        {
            Assert.That(result.Count(ResultStatus.Suppressed), Is.Zero);
            Assert.That(result.SuppressionWarnings(), Is.EqualTo(new[] { "1:1 PS0303", "6:1 PS0304" }));
            Assert.That(result.WithCode("PS0303").Single().Message, Does.Contain("\"2027-13-45\""));
        });
    }
}

/// <summary>In Terraform's JSON syntax the comment is a <c>"//"</c> property of the resource object.</summary>
public sealed class JsonSyntaxSuppressionTests
{
    [Test]
    public void A_comment_property_in_the_resource_object_waives_and_a_string_value_does_not()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "json");
        Assert.Multiple(() =>
        {
            Assert.That(result.Single("aws_s3_bucket.waived", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(result.Single("aws_s3_bucket.waived", "PS-AWS-S3-004").Suppression!.Reason, Is.EqualTo("encrypted by the client before upload"));
            Assert.That(result.Single("aws_s3_bucket.not_waived", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
        });
    }
}

/// <summary>A comment is in the source, so it covers every resource the source makes.</summary>
public sealed class ModuleSuppressionTests
{
    [Test]
    public void A_comment_in_a_module_waives_the_resource_in_every_call()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "module");
        var encryption = result.Findings.Where(f => f.Policy.Id == "PS-AWS-S3-004").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(encryption.Select(f => f.Resource.Address), Is.EquivalentTo(new[] { "module.first.aws_s3_bucket.this", "module.second.aws_s3_bucket.this" }));
            Assert.That(encryption.Select(f => f.Status), Has.All.EqualTo(ResultStatus.Suppressed));
            Assert.That(encryption.Select(f => f.Suppression!.Location.File!.Path), Has.All.EqualTo("bucket/main.tf"));
        });
    }

    [Test]
    public void A_suppression_above_the_split_resource_where_the_finding_is_located_waives_it()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "split", policyIds: "PS-AWS-S3-001");
        var waived = result.Single("aws_s3_bucket.open_data", "PS-AWS-S3-001");
        var kept = result.Single("aws_s3_bucket.records", "PS-AWS-S3-001");
        Assert.Multiple(() =>
        {
            Assert.That(waived.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(waived.Location.StartPosition.Line, Is.EqualTo(11), "located at the split resource's acl");
            Assert.That(waived.Suppression?.Reason, Does.StartWith("anonymised statistics"));
            Assert.That(kept.Status, Is.EqualTo(ResultStatus.Failed));
        });
    }
}
