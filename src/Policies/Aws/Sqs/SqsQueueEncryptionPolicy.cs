using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Sqs;

namespace PolicyScan.Policies.Aws.Sqs;

/// <summary>An SQS queue with server-side encryption turned off.</summary>
public sealed class SqsQueueEncryptionPolicy : Policy<SqsQueue>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SQS-001",
        Name = "sqs-queue-unencrypted",
        Title = "SQS queue is not encrypted at rest",
        Severity = Severity.Medium,
        Description = "An aws_sqs_queue has no kms_master_key_id and sets sqs_managed_sse_enabled = false. A queue that sets neither passes: since October 2022 SQS encrypts new queues with SSE-SQS by default, and the provider leaves the setting to AWS. In CloudFormation: an AWS::SQS::Queue without KmsMasterKeyId and with SqsManagedSseEnabled: false; left out, SqsManagedSseEnabled is true (SSE-SQS by default).",
        Rationale = "Queues hold messages, often with patient identifiers or whole records, until consumers delete them (up to 14 days); with encryption turned off they are stored in the clear.",
        Remediation = "Remove sqs_managed_sse_enabled = false, or better set kms_master_key_id to a customer-managed key so that reading the queue also needs kms:Decrypt.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sqs_queue" "orders" {
              name                              = "orders"
              kms_master_key_id                 = aws_kms_key.messaging.arn
              kms_data_key_reuse_period_seconds = 300
            }
            """).AndCloudFormation("""
            Resources:
              Intake:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: intake
                  KmsMasterKeyId: !Ref IntakeKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:SQS.1"],
        Related = ["checkov:CKV_AWS_27"],
        ResourceTypes = ["aws_sqs_queue", "AWS::SQS::Queue"],
    };

    protected override void Check(SqsQueue queue, PolicyCheck check)
    {
        var key = queue.KmsMasterKeyId;
        if (key.IsKnown && key.AsString() is { Length: > 0 })
        {
            return;
        }

        if (key.IsUnknown)
        {
            // A reference to a key resource is a key; an unset input may be empty, and then the SSE-SQS setting decides.
            if (!((UnknownValue)key).References.IsEmpty || queue.SqsManagedSseEnabled.IsTrue)
            {
                return;
            }

            check.Unknown(key, $"Queue {queue.DisplayName}: its KMS key is only known after apply and {check.Name("sqs_managed_sse_enabled", "SqsManagedSseEnabled")} is off");
            return;
        }

        check.Require(
            queue.SqsManagedSseEnabled,
            v => v.IsTrue,
            $"Queue {queue.DisplayName} has {check.Name("sqs_managed_sse_enabled", "SqsManagedSseEnabled")} = false and no {check.Name("kms_master_key_id", "KmsMasterKeyId")}, so its messages are not encrypted at rest",
            $"Queue {queue.DisplayName}: whether SSE-SQS is enabled is only known after apply");
    }
}
