using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket without an explicit default encryption configuration.</summary>
public sealed class S3BucketEncryptionPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-004",
        Name = "s3-bucket-default-encryption",
        Title = "S3 bucket has no explicit default encryption",
        Severity = Severity.Low,
        Description = "The bucket has no server-side encryption configuration, inline or as aws_s3_bucket_server_side_encryption_configuration. Since January 2023 S3 encrypts new objects with SSE-S3 anyway, so this is about declaring the intended encryption in code (see PS-AWS-S3-005 for customer-managed keys).",
        Rationale = "Auditors ask where encryption at rest is configured; an explicit configuration is the evidence, and the place where KMS keys are set.",
        Remediation = "Add an aws_s3_bucket_server_side_encryption_configuration, preferably with sse_algorithm = \"aws:kms\" and a customer-managed key.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_server_side_encryption_configuration" "phi" {
              bucket = aws_s3_bucket.phi.id
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm     = "aws:kms"
                  kms_master_key_id = aws_kms_key.phi.arn
                }
              }
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                BucketEncryption:
                  ServerSideEncryptionConfiguration:
                    - ServerSideEncryptionByDefault:
                        SSEAlgorithm: aws:kms
                        KMSMasterKeyID: !GetAtt PhiKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_19", "tfsec:aws-s3-enable-bucket-encryption", "trivy:AVD-AWS-0088"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration", "AWS::S3::Bucket"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        if (bucket.EncryptionRules.IsEmpty)
        {
            check.Fail(new MissingValue(bucket.Resource.DeclarationRange), $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} has no default encryption configuration");
            return;
        }

        foreach (var rule in bucket.EncryptionRules)
        {
            check.Require(rule.Algorithm, a => a.AsString() is "AES256" or "aws:kms" or "aws:kms:dsse", $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} has an encryption rule without a valid {check.Name("sse_algorithm", "ServerSideEncryptionByDefault.SSEAlgorithm")}");
        }
    }
}
