using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Sns;

namespace PolicyScan.Policies.Aws.Sns;

/// <summary>An SNS topic whose messages are not encrypted at rest with KMS.</summary>
public sealed class SnsTopicEncryptionPolicy : Policy<SnsTopic>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SNS-001",
        Name = "sns-topic-unencrypted",
        Title = "SNS topic is not encrypted at rest with KMS",
        Severity = Severity.Medium,
        Description = "An aws_sns_topic has no kms_master_key_id (or an empty one). SNS does not encrypt stored messages unless a KMS key is set. In CloudFormation: an AWS::SNS::Topic without KmsMasterKeyId (or with an empty one).",
        Rationale = "Notifications about appointments, results or events often carry patient identifiers; SNS keeps messages on disk until they are delivered, and without server-side encryption they are stored in the clear.",
        Remediation = "Set kms_master_key_id to a customer-managed key (aws_kms_key.<name>.arn), or at least to \"alias/aws/sns\", and allow the publishing services to use the key.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sns_topic" "results" {
              name              = "results"
              kms_master_key_id = aws_kms_key.messaging.arn
            }
            """).AndCloudFormation("""
            Resources:
              Alerts:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: alerts
                  KmsMasterKeyId: !Ref AlertsKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:SNS.1"],
        Related = ["checkov:CKV_AWS_26", "trivy:AVD-AWS-0095"],
        ResourceTypes = ["aws_sns_topic", "AWS::SNS::Topic"],
    };

    protected override void Check(SnsTopic topic, PolicyCheck check)
    {
        var key = topic.KmsMasterKeyId;
        if (key.IsUnknown)
        {
            // A reference to a key resource is unknown until apply, but it is a key; only an unset input is in doubt.
            if (((Parsers.Graph.UnknownValue)key).References.IsEmpty)
            {
                check.Unknown(key, $"Topic {topic.DisplayName}: its KMS key is only known after apply");
            }
        }
        else if (key.IsAbsent)
        {
            check.Fail(key, $"Topic {topic.DisplayName} has no {check.Name("kms_master_key_id", "KmsMasterKeyId")}, so its messages are not encrypted at rest");
        }
        else if (key.AsString() is "")
        {
            check.Fail(key, $"Topic {topic.DisplayName} has an empty {check.Name("kms_master_key_id", "KmsMasterKeyId")}, so its messages are not encrypted at rest");
        }
    }
}
