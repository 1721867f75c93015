using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary>
/// Checkov, tfsec, Trivy and KICS suppressions users already have, mapped through our policies' related ids
/// (tests/fixtures/suppressions/terraform/foreign and kics-disable).
/// </summary>
public sealed class ForeignSuppressionTests
{
    private static readonly Lazy<ScanResult> Foreign = new(() => SuppressionScan.Run(SourceFormat.Terraform, "foreign"));

    [TestCase("aws_s3_bucket.checkov_inside", "PS-AWS-S3-004", "checkov:skip", "CKV_AWS_19", "encrypted by the client before upload", TestName = "checkov:skip inside the block with a reason")]
    [TestCase("aws_s3_bucket.checkov_inside", "PS-AWS-S3-008", "checkov:skip", "CKV_AWS_21", null, TestName = "checkov:skip inside the block without a reason")]
    [TestCase("aws_s3_bucket.tfsec_above", "PS-AWS-S3-004", "tfsec:ignore", "aws-s3-enable-bucket-encryption", "waived for tfsec without a reason", TestName = "tfsec:ignore above the header with an expiry to come")]
    [TestCase("aws_s3_bucket.tfsec_above", "PS-AWS-S3-008", "tfsec:ignore", "aws-s3-enable-versioning", "waived for tfsec without a reason", TestName = "tfsec:ignore as the second directive of one comment line")]
    [TestCase("aws_s3_bucket.tfsec_inside", "PS-AWS-S3-004", "tfsec:ignore", "aws-s3-enable-bucket-encryption", "waived for tfsec without a reason", TestName = "tfsec:ignore at the end of an attribute line")]
    [TestCase("aws_s3_bucket.trivy_above", "PS-AWS-S3-004", "trivy:ignore", "AVD-AWS-0088", "waived for Trivy without a reason", TestName = "trivy:ignore with the AVD id")]
    [TestCase("aws_s3_bucket.trivy_above", "PS-AWS-S3-008", "trivy:ignore", "aws-s3-enable-versioning", "waived for Trivy without a reason", TestName = "trivy:ignore with the long id, which is tfsec's")]
    [TestCase("aws_s3_bucket.kics_line", "PS-AWS-S3-009", "kics-scan", "ignore-line", "waived for KICS without a reason", TestName = "kics-scan ignore-line before the line of the finding")]
    [TestCase("aws_s3_bucket.kics_block", "PS-AWS-S3-009", "kics-scan", "ignore-block", "waived for KICS without a reason", TestName = "kics-scan ignore-block above the block")]
    public void A_foreign_suppression_waives_the_equivalent_policy(string address, string policyId, string source, string namedId, string? reason)
    {
        var finding = Foreign.Value.Single(address, policyId);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(finding.Suppression!.Kind, Is.EqualTo(SuppressionKind.Foreign));
            Assert.That(finding.Suppression.Source, Is.EqualTo(source));
            Assert.That(finding.Suppression.NamedId, Is.EqualTo(namedId));
            Assert.That(finding.Suppression.Reason, Is.EqualTo(reason));
        });
    }

    [TestCase("aws_s3_bucket.checkov_above", "PS-AWS-S3-004", TestName = "checkov:skip above the block is outside Checkov's scope")]
    [TestCase("aws_s3_bucket.tfsec_expired", "PS-AWS-S3-004", TestName = "tfsec:ignore past its exp date")]
    [TestCase("aws_s3_bucket.tfsec_inside", "PS-AWS-S3-008", TestName = "tfsec:ignore of another check")]
    [TestCase("aws_s3_bucket.kics_line", "PS-AWS-S3-004", TestName = "KICS comments cover only policies with a KICS id")]
    [TestCase("aws_s3_bucket.plain", "PS-AWS-S3-009", TestName = "A resource without comments")]
    public void Findings_no_foreign_suppression_covers_stay_failed(string address, string policyId)
    {
        Assert.That(Foreign.Value.Single(address, policyId).Status, Is.EqualTo(ResultStatus.Failed));
    }

    [Test]
    public void Foreign_suppressions_without_a_reason_and_expired_ones_are_warnings_and_unmapped_ids_are_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Foreign.Value.SuppressionWarnings(), Is.EqualTo(new[]
            {
                "8:3 PS0301", "18:1 PS0301", "23:1 PS0300", "23:1 PS0301", "29:27 PS0301", "32:1 PS0301", "33:1 PS0301", "38:1 PS0301", "43:1 PS0301",
            }));
            Assert.That(Foreign.Value.Diagnostics.Select(d => d.Message), Has.None.Contains("CKV_AWS_999"));
            Assert.That(Foreign.Value.WithCode("PS0301").Single(d => d.Range.StartPosition.Line == 18).Message, Does.Contain("aws-s3-enable-bucket-encryption, aws-s3-enable-versioning"), "one warning per comment");
        });
    }

    [Test]
    public void A_kics_disable_comment_waives_its_queries_on_every_resource_of_the_file()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "kics-disable");
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.Policy.Id == "PS-AWS-S3-009").Select(f => f.Status), Is.EqualTo(new[] { ResultStatus.Suppressed, ResultStatus.Suppressed }));
            Assert.That(result.Single("aws_s3_bucket.first", "PS-AWS-S3-009").Suppression!.NamedId, Is.EqualTo("4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9"));
            Assert.That(result.Single("aws_s3_bucket.first", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
            Assert.That(result.SuppressionWarnings(), Is.EqualTo(new[] { "1:1 PS0301" }), "one warning for the one comment, however many resources it covers");
        });
    }

    [Test]
    public void Without_foreign_suppressions_only_ours_apply()
    {
        var result = SuppressionScan.Run(SourceFormat.Terraform, "foreign", o => o with { Foreign = false });
        var forms = SuppressionScan.Run(SourceFormat.Terraform, "forms", o => o with { Foreign = false });
        Assert.Multiple(() =>
        {
            Assert.That(result.Count(ResultStatus.Suppressed), Is.Zero);
            Assert.That(result.SuppressionWarnings(), Is.Empty);
            Assert.That(forms.Single("aws_s3_bucket.hash_above", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Suppressed));
        });
    }
}
