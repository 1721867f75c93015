using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary>Suppressions in a CloudFormation resource's Metadata: ours and Checkov's (tests/fixtures/suppressions/cloudformation).</summary>
public sealed class CloudFormationSuppressionTests
{
    private static readonly Lazy<ScanResult> Template = new(() => SuppressionScan.Run(SourceFormat.CloudFormation, "metadata"));

    [Test]
    public void Metadata_policyscan_ignore_records_reason_author_expiry_and_the_entry()
    {
        var finding = Template.Value.Single("Waived", "PS-AWS-S3-004");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(finding.Suppression!.Source, Is.EqualTo(SuppressionSources.PolicyScanMetadata));
            Assert.That(finding.Suppression.Kind, Is.EqualTo(SuppressionKind.Inline));
            Assert.That(finding.Suppression.Reason, Is.EqualTo("public website assets, nothing confidential"));
            Assert.That(finding.Suppression.Author, Is.EqualTo("jane@example.com"));
            Assert.That(finding.Suppression.Expires, Is.EqualTo(new DateOnly(2027, 1, 31)));
            Assert.That(finding.Suppression.Location.StartPosition.Line, Is.EqualTo(9));
            Assert.That(Template.Value.Single("Waived", "PS-AWS-S3-008").Suppression!.NamedId, Is.EqualTo("s3-bucket-versioning"));
        });
    }

    [Test]
    public void Metadata_checkov_skip_waives_the_equivalent_policy()
    {
        var encryption = Template.Value.Single("CheckovSkip", "PS-AWS-S3-004");
        Assert.Multiple(() =>
        {
            Assert.That(encryption.Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(encryption.Suppression!.Source, Is.EqualTo(SuppressionSources.CheckovMetadata));
            Assert.That(encryption.Suppression.Reason, Is.EqualTo("encrypted by the client before upload"));
            Assert.That(Template.Value.Single("CheckovSkip", "PS-AWS-S3-008").Status, Is.EqualTo(ResultStatus.Suppressed));
        });
    }

    [Test]
    public void Expired_reasonless_and_unknown_metadata_entries_are_warnings_at_the_entry()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Template.Value.Single("Expired", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
            Assert.That(Template.Value.Single("NoReason", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Suppressed));
            Assert.That(Template.Value.Single("Plain", "PS-AWS-S3-004").Status, Is.EqualTo(ResultStatus.Failed));
            Assert.That(Template.Value.SuppressionWarnings(), Is.EqualTo(new[] { "20:13 PS0300", "28:13 PS0301", "29:13 PS0302", "38:13 PS0301" }));
        });
    }

    [Test]
    public void Without_inline_suppressions_metadata_waives_nothing()
    {
        var result = SuppressionScan.Run(SourceFormat.CloudFormation, "metadata", o => o with { Inline = false });
        Assert.That(result.Count(ResultStatus.Suppressed), Is.Zero);
    }

    [Test]
    public void A_SAM_resource_metadata_waives_the_findings_on_what_SAM_generates_from_it()
    {
        var result = SuppressionScan.Run(SourceFormat.CloudFormation, "sam", null, "PS-AWS-LAMBDA-002");
        var waived = result.Findings.Where(f => f.Resource.GeneratedFrom is not null && f.Resource.Address.StartsWith("Waived", StringComparison.Ordinal)).ToList();
        var notWaived = result.Findings.Where(f => f.Resource.Address.StartsWith("NotWaived", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(waived, Is.Not.Empty);
            Assert.That(waived.Select(f => f.Status), Has.All.EqualTo(ResultStatus.Suppressed));
            Assert.That(waived.Select(f => f.Suppression!.Reason), Has.All.EqualTo("the variables hold only bucket names"));
            Assert.That(notWaived.Select(f => f.Status), Has.Some.EqualTo(ResultStatus.Failed));
        });
    }
}
