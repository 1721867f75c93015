using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;

namespace PolicyScan.Policies.Aws.CloudTrail;

/// <summary>A trail without log file integrity validation.</summary>
public sealed class CloudTrailLogFileValidationPolicy : Policy<CloudTrailTrail>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CLOUDTRAIL-002",
        Name = "cloudtrail-log-file-validation",
        Title = "CloudTrail log file validation is not enabled",
        Severity = Severity.Medium,
        Description = "The trail's enable_log_file_validation is false or left out (default false), so CloudTrail writes no signed digest files with which to prove its log files were not altered or deleted.",
        Rationale = "Audit logs are evidence only if their integrity can be shown; without digest files an intruder can edit the record of their access to patient data unnoticed.",
        Remediation = "Set enable_log_file_validation = true on the trail.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                       = "audit"
              s3_bucket_name             = aws_s3_bucket.audit_logs.id
              is_multi_region_trail      = true
              enable_log_file_validation = true
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
        Compliance = ["hipaa:164.312(b)", "hipaa:164.312(c)(1)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "aws-fsbp:CloudTrail.4"],
        Related = ["checkov:CKV_AWS_36", "tfsec:aws-cloudtrail-enable-log-validation", "trivy:AVD-AWS-0016"],
        ResourceTypes = ["aws_cloudtrail", "AWS::CloudTrail::Trail"],
    };

    protected override void Check(CloudTrailTrail trail, PolicyCheck check) =>
        check.Require(trail.LogFileValidation, v => v.IsTrue, $"Trail {trail.DisplayName} does not validate its log files ({check.Name("enable_log_file_validation", "EnableLogFileValidation")} is not true)");
}
