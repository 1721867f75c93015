using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;

namespace PolicyScan.Policies.Aws.CloudTrail;

/// <summary>A trail whose log files are not encrypted with a KMS key.</summary>
public sealed class CloudTrailKmsEncryptionPolicy : Policy<CloudTrailTrail>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CLOUDTRAIL-003",
        Name = "cloudtrail-kms-encryption",
        Title = "CloudTrail log files are not encrypted with a KMS key",
        Severity = Severity.High,
        Description = "The trail has no kms_key_id, so its log files are protected only by the destination bucket's SSE-S3 encryption.",
        Rationale = "Trail logs name users, resources and request parameters around patient data; with SSE-KMS reading them also requires kms:Decrypt on a key you control, and every decryption is itself logged.",
        Remediation = "Set kms_key_id to the ARN of a customer-managed aws_kms_key whose policy lets CloudTrail encrypt with it.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                  = "audit"
              s3_bucket_name        = aws_s3_bucket.audit_logs.id
              is_multi_region_trail = true
              kms_key_id            = aws_kms_key.audit.arn
            }
            """).AndCloudFormation("""
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              AuditTrail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  TrailName: audit
                  S3BucketName: !Ref AuditLogs
                  IsLogging: true
                  IsMultiRegionTrail: true
                  EnableLogFileValidation: true
                  KMSKeyId: !GetAtt AuditKey.Arn
                  CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
                  CloudWatchLogsRoleArn: !GetAtt TrailToLogs.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "hipaa:164.312(b)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:CloudTrail.2"],
        Related = ["checkov:CKV_AWS_35", "tfsec:aws-cloudtrail-enable-at-rest-encryption", "trivy:AVD-AWS-0015"],
        ResourceTypes = ["aws_cloudtrail", "aws_kms_key", "AWS::CloudTrail::Trail", "AWS::KMS::Key"],
    };

    protected override void Check(CloudTrailTrail trail, PolicyCheck check)
    {
        // A key known only after apply (aws_kms_key.x.arn) is still a key: only an absent or empty value fails.
        if (trail.KmsKeyId.IsAbsent || trail.KmsKeyId.AsString() is "")
        {
            check.Fail(trail.KmsKeyId, $"Trail {trail.DisplayName} does not encrypt its log files with a KMS key (no {check.Name("kms_key_id", "KMSKeyId")})");
        }
    }
}
