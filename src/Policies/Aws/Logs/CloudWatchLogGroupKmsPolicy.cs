using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Logs;

namespace PolicyScan.Policies.Aws.Logs;

/// <summary>A log group not encrypted with a KMS key.</summary>
public sealed class CloudWatchLogGroupKmsPolicy : Policy<CloudWatchLogGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-LOGS-001",
        Name = "cloudwatch-log-group-kms",
        Title = "CloudWatch log group is not encrypted with a KMS key",
        Severity = Severity.Medium,
        Description = "The aws_cloudwatch_log_group has no kms_key_id, so CloudWatch Logs encrypts it with keys it manages and access to the log data is governed only by IAM.",
        Rationale = "Application and audit logs often carry patient identifiers; a customer-managed key adds a second, audited control over who can read them and lets you revoke access by disabling the key.",
        Remediation = "Set kms_key_id to the ARN of a customer-managed aws_kms_key whose policy allows the logs.<region>.amazonaws.com service principal.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudwatch_log_group" "app" {
              name              = "/phi/app"
              retention_in_days = 2192
              kms_key_id        = aws_kms_key.logs.arn
            }
            """).AndCloudFormation("""
            Resources:
              AppLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: /phi/app
                  RetentionInDays: 2192
                  KmsKeyId: !GetAtt LogsKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_158", "tfsec:aws-cloudwatch-log-group-customer-key", "trivy:AVD-AWS-0017"],
        ResourceTypes = ["aws_cloudwatch_log_group", "aws_kms_key", "AWS::Logs::LogGroup", "AWS::KMS::Key"],
    };

    protected override void Check(CloudWatchLogGroup group, PolicyCheck check)
    {
        // A key known only after apply (aws_kms_key.x.arn) is still a key: only an absent or empty value fails.
        if (group.KmsKeyId.IsAbsent || group.KmsKeyId.AsString() is "")
        {
            check.Fail(group.KmsKeyId, $"Log group {group.DisplayName} is not encrypted with a KMS key (no {check.Name("kms_key_id", "KmsKeyId")})");
        }
    }
}
