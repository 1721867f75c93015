using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket without versioning.</summary>
public sealed class S3BucketVersioningPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-008",
        Name = "s3-bucket-versioning",
        Title = "S3 bucket versioning is not enabled",
        Severity = Severity.Medium,
        Description = "Versioning is neither enabled inline (versioning { enabled = true }) nor by an aws_s3_bucket_versioning with status = \"Enabled\" (in CloudFormation: VersioningConfiguration Status: Enabled; off when left out).",
        Rationale = "Without versions an overwrite or delete (by mistake or by ransomware) destroys records that must be kept intact and available.",
        Remediation = "Add an aws_s3_bucket_versioning with versioning_configuration { status = \"Enabled\" }.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_versioning" "phi" {
              bucket = aws_s3_bucket.phi.id
              versioning_configuration {
                status = "Enabled"
              }
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                VersioningConfiguration:
                  Status: Enabled
            """),
        Compliance = ["hipaa:164.312(c)(1)", "hipaa:164.308(a)(7)(ii)(A)", "gdpr:32(1)(b)", "gdpr:32(1)(c)", "nis2:21(2)(c)", "iso27001:8.13"],
        Related = ["checkov:CKV_AWS_21", "tfsec:aws-s3-enable-versioning", "trivy:AVD-AWS-0090"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_versioning", "AWS::S3::Bucket"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check) =>
        check.Require(bucket.Versioning, v => v.IsTrue, $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} does not have versioning enabled");
}
