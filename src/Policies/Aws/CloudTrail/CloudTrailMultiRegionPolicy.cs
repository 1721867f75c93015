using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;

namespace PolicyScan.Policies.Aws.CloudTrail;

/// <summary>A trail that records only its home Region.</summary>
public sealed class CloudTrailMultiRegionPolicy : Policy<CloudTrailTrail>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CLOUDTRAIL-001",
        Name = "cloudtrail-multi-region",
        Title = "CloudTrail trail does not record every Region",
        Severity = Severity.High,
        Description = "The trail's is_multi_region_trail is false or left out (the AWS provider's default is false, unlike the console's), so API activity in other Regions is not recorded.",
        Rationale = "An intruder who reaches patient data or creates resources in a Region nobody watches leaves no audit record; a multi-Region trail records the whole account.",
        Remediation = "Set is_multi_region_trail = true (and keep include_global_service_events = true) on the account's trail.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                          = "audit"
              s3_bucket_name                = aws_s3_bucket.audit_logs.id
              is_multi_region_trail         = true
              include_global_service_events = true
              enable_log_file_validation    = true
              kms_key_id                    = aws_kms_key.audit.arn
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
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "iso27001:8.16", "nist-ai-rmf:MEASURE-2.4", "aws-fsbp:CloudTrail.1"],
        Related = ["checkov:CKV_AWS_67", "tfsec:aws-cloudtrail-enable-all-regions", "trivy:AVD-AWS-0014"],
        ResourceTypes = ["aws_cloudtrail", "AWS::CloudTrail::Trail"],
    };

    protected override void Check(CloudTrailTrail trail, PolicyCheck check) =>
        check.Require(trail.MultiRegion, v => v.IsTrue, $"Trail {trail.DisplayName} records only its own Region ({check.Name("is_multi_region_trail", "IsMultiRegionTrail")} is not true)");
}
