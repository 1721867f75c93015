using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket whose default encryption is not SSE-KMS with a customer-managed key.</summary>
public sealed class S3BucketKmsKeyPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-005",
        Name = "s3-bucket-kms-customer-key",
        Title = "S3 bucket is not encrypted with a customer-managed KMS key",
        Severity = Severity.High,
        Description = "The bucket's default encryption is missing, SSE-S3 (AES256), or SSE-KMS without kms_master_key_id (which uses the AWS-managed aws/s3 key).",
        Rationale = "With a customer-managed key you control and audit who can decrypt patient data, can revoke access by disabling the key, and every decryption is logged in CloudTrail; SSE-S3 and aws/s3 give none of that.",
        Remediation = "Set sse_algorithm = \"aws:kms\" (or \"aws:kms:dsse\") with kms_master_key_id pointing at an aws_kms_key you manage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_server_side_encryption_configuration" "phi" {
              bucket = aws_s3_bucket.phi.id
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm     = "aws:kms"
                  kms_master_key_id = aws_kms_key.phi.arn
                }
                bucket_key_enabled = true
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
                      BucketKeyEnabled: true
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_145", "tfsec:aws-s3-encryption-customer-key", "trivy:AVD-AWS-0132"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration", "aws_kms_key", "AWS::S3::Bucket", "AWS::KMS::Key"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        var name = S3BucketPublicAclPolicy.Name(bucket);
        if (bucket.EncryptionRules.IsEmpty)
        {
            check.Fail(new MissingValue(bucket.Resource.DeclarationRange), $"Bucket {name} has no default encryption with a customer-managed KMS key (S3 falls back to SSE-S3)");
            return;
        }

        foreach (var rule in bucket.EncryptionRules)
        {
            if (rule.Algorithm.IsUnknown)
            {
                check.Unknown(rule.Algorithm, $"Bucket {name}: the encryption algorithm is only known after apply");
            }
            else if (!rule.UsesKms)
            {
                check.Fail(rule.Algorithm, $"Bucket {name} is encrypted with \"{rule.Algorithm.AsString()}\" (SSE-S3), not with a customer-managed KMS key");
            }
            else if (rule.KmsKeyId.IsAbsent)
            {
                check.Fail(rule.Algorithm, $"Bucket {name} uses SSE-KMS without {check.Name("kms_master_key_id", "ServerSideEncryptionByDefault.KMSMasterKeyID")}, so the AWS-managed key aws/s3 encrypts it");
            }
            else if (rule.KmsKeyId.AsString() is "")
            {
                // The provider sends kms_master_key_id only when it is not empty, so "" means the AWS-managed key.
                check.Fail(rule.KmsKeyId, $"Bucket {name} has an empty {check.Name("kms_master_key_id", "ServerSideEncryptionByDefault.KMSMasterKeyID")}, so the AWS-managed key aws/s3 encrypts it");
            }
            else if (rule.KmsKeyId.AsString() is { } key && (key == "aws/s3" || key.EndsWith("alias/aws/s3", StringComparison.Ordinal)))
            {
                check.Fail(rule.KmsKeyId, $"Bucket {name} names the AWS-managed key \"{key}\", not a customer-managed key");
            }
        }
    }
}
