using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A KMS key, SQS queue, SNS topic, ECR repository or Secrets Manager secret policy open to everyone.</summary>
public sealed class ResourcePolicyPublicPolicy : Policy<ResourcePolicy>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-006",
        Name = "resource-policy-public",
        Title = "Resource policy allows any principal",
        Severity = Severity.Critical,
        Description = "The resource policy of a KMS key (aws_kms_key.policy, aws_kms_key_policy), SQS queue (aws_sqs_queue.policy, aws_sqs_queue_policy), SNS topic (aws_sns_topic.policy, aws_sns_topic_policy), ECR repository (aws_ecr_repository_policy) or Secrets Manager secret (aws_secretsmanager_secret.policy, aws_secretsmanager_secret_policy) has an Allow statement for Principal \"*\" (or an AWS principal in any account, or NotPrincipal) with no condition that restricts the callers to a network, organisation, account or source. In CloudFormation: the KeyPolicy of AWS::KMS::Key, the RepositoryPolicyText of AWS::ECR::Repository, AWS::SQS::QueuePolicy and AWS::SQS::QueueInlinePolicy, AWS::SNS::TopicPolicy and AWS::SNS::TopicInlinePolicy, AWS::SecretsManager::ResourcePolicy. A resource without a written policy keeps the service's default, which trusts only the owning account (KMS's default key policy trusts the account root). A secret policy is judged whatever BlockPublicPolicy says: a public policy is a defect whether Secrets Manager rejects it at deployment or not (the CloudFormation reference documents blocking as the default, the Secrets Manager API reference says public policies are not blocked by default).",
        Rationale = "Principal \"*\" without a restricting condition lets anyone with an AWS account decrypt with the key, read or inject queue messages, publish to or subscribe to the topic, pull images, or read secrets that guard PHI.",
        Remediation = "Name the accounts, roles or services that need access, or add a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceAccount, aws:SourceArn or aws:SourceVpce.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sqs_queue_policy" "jobs" {
              queue_url = aws_sqs_queue.jobs.id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect    = "Allow"
                  Principal = { Service = "sns.amazonaws.com" }
                  Action    = "sqs:SendMessage"
                  Resource  = aws_sqs_queue.jobs.arn
                  Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.jobs.arn } }
                }]
              })
            }
            """).AndCloudFormation("""
            JobsPolicy:
              Type: AWS::SQS::QueuePolicy
              Properties:
                Queues: [!Ref Jobs]
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Principal: { Service: sns.amazonaws.com }
                      Action: sqs:SendMessage
                      Resource: !GetAtt Jobs.Arn
                      Condition:
                        ArnEquals:
                          aws:SourceArn: !Ref Alerts
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(B)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:8.3"],
        Related = ["checkov:CKV_AWS_33", "checkov:CKV_AWS_168", "checkov:CKV_AWS_169", "checkov:CKV_AWS_32", "tfsec:aws-ecr-no-public-access"],
        ResourceTypes = ["aws_kms_key", "aws_kms_key_policy", "aws_sqs_queue", "aws_sqs_queue_policy", "aws_sns_topic", "aws_sns_topic_policy", "aws_ecr_repository_policy", "aws_secretsmanager_secret", "aws_secretsmanager_secret_policy", "aws_iam_policy_document", "AWS::KMS::Key", "AWS::ECR::Repository", "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy", "AWS::SNS::TopicPolicy", "AWS::SNS::TopicInlinePolicy", "AWS::SecretsManager::ResourcePolicy"],
    };

    protected override void Check(ResourcePolicy policy, PolicyCheck check) =>
        PublicStatements.Check(policy.Document, check, $"{policy.Kind} {policy.Target}", "policy");
}
