using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;

namespace PolicyScan.Policies.Aws.CloudTrail;

/// <summary>A trail that does not deliver its events to CloudWatch Logs.</summary>
public sealed class CloudTrailCloudWatchLogsPolicy : Policy<CloudTrailTrail>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CLOUDTRAIL-005",
        Name = "cloudtrail-cloudwatch-logs",
        Title = "CloudTrail trail is not integrated with CloudWatch Logs",
        Severity = Severity.Low,
        Description = "The trail has no cloud_watch_logs_group_arn, so its events reach only the S3 bucket and cannot drive metric filters and alarms.",
        Rationale = "Reviewing activity in time (root logins, policy changes, mass downloads) needs the events in CloudWatch Logs where alarms can watch them; files in S3 are read after the fact.",
        Remediation = "Set cloud_watch_logs_group_arn (\"${aws_cloudwatch_log_group.trail.arn}:*\") and cloud_watch_logs_role_arn to a role CloudTrail can assume to write to it.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                       = "audit"
              s3_bucket_name             = aws_s3_bucket.audit_logs.id
              is_multi_region_trail      = true
              cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
              cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
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
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "nis2:21(2)(b)", "iso27001:8.16", "nist-ai-rmf:MEASURE-2.4", "aws-fsbp:CloudTrail.5"],
        Related = ["checkov:CKV2_AWS_10", "tfsec:aws-cloudtrail-ensure-cloudwatch-integration", "trivy:AVD-AWS-0162"],
        ResourceTypes = ["aws_cloudtrail", "aws_cloudwatch_log_group", "AWS::CloudTrail::Trail", "AWS::Logs::LogGroup"],
    };

    protected override void Check(CloudTrailTrail trail, PolicyCheck check)
    {
        // A key known only after apply (aws_kms_key.x.arn) is still a key: only an absent or empty value fails.
        if (trail.CloudWatchLogsGroupArn.IsAbsent || trail.CloudWatchLogsGroupArn.AsString() is "")
        {
            check.Fail(trail.CloudWatchLogsGroupArn, $"Trail {trail.DisplayName} does not deliver its events to CloudWatch Logs (no {check.Name("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn")})");
        }
    }
}
