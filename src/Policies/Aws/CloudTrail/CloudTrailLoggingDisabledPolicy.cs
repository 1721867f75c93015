using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;

namespace PolicyScan.Policies.Aws.CloudTrail;

/// <summary>A trail that exists but does not record.</summary>
public sealed class CloudTrailLoggingDisabledPolicy : Policy<CloudTrailTrail>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CLOUDTRAIL-004",
        Name = "cloudtrail-logging-disabled",
        Title = "CloudTrail trail has logging turned off",
        Severity = Severity.High,
        Description = "The trail sets enable_logging = false, so it is configured but records nothing. Left out, enable_logging is true. In CloudFormation IsLogging = false fails; IsLogging is required there, so a trail without it is unknown (the stack cannot be created as written).",
        Rationale = "A stopped trail gives the appearance of audit controls without the record: access to patient data in that period cannot be reviewed or investigated.",
        Remediation = "Remove enable_logging = false (or set it to true).",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                  = "audit"
              s3_bucket_name        = aws_s3_bucket.audit_logs.id
              is_multi_region_trail = true
              enable_logging        = true
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
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "iso27001:8.16", "nist-ai-rmf:MEASURE-2.4"],
        Related = ["checkov:CKV_AWS_251"],
        ResourceTypes = ["aws_cloudtrail", "AWS::CloudTrail::Trail"],
    };

    protected override void Check(CloudTrailTrail trail, PolicyCheck check) =>
        check.Require(trail.Logging, v => !v.IsFalse, $"Trail {trail.DisplayName} has logging turned off ({check.Name("enable_logging", "IsLogging")} = false)");
}
