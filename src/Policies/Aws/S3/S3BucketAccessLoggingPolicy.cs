using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket without server access logging.</summary>
public sealed class S3BucketAccessLoggingPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-006",
        Name = "s3-bucket-access-logging",
        Title = "S3 bucket has no server access logging",
        Severity = Severity.Medium,
        Description = "The bucket has no logging configuration (inline logging block or aws_s3_bucket_logging) sending server access logs to a target bucket. In CloudFormation: the bucket's LoggingConfiguration; without DestinationBucketName the logs go to the bucket itself, which counts as logging.",
        Rationale = "Access logs record who read or wrote which object; without them a disclosure of patient data cannot be investigated or reported as breach rules require.",
        Remediation = "Add an aws_s3_bucket_logging resource that names a dedicated log bucket.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_logging" "phi" {
              bucket        = aws_s3_bucket.phi.id
              target_bucket = aws_s3_bucket.access_logs.id
              target_prefix = "phi/"
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                LoggingConfiguration:
                  DestinationBucketName: !Ref AccessLogBucket
                  LogFilePrefix: phi/
            """),
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "gdpr:33", "nis2:21(2)(b)", "iso27001:8.15", "aws-fsbp:S3.9"],
        Related = ["checkov:CKV_AWS_18", "tfsec:aws-s3-enable-bucket-logging", "trivy:AVD-AWS-0089"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_logging", "AWS::S3::Bucket"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        if (bucket.LoggingTargets.IsEmpty)
        {
            check.Fail(new MissingValue(bucket.Resource.DeclarationRange), $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} has no server access logging");
            return;
        }

        foreach (var target in bucket.LoggingTargets.Where(t => t.IsAbsent))
        {
            check.Fail(target, $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} has a logging configuration without a target bucket");
        }
    }
}
