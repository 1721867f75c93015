using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket not covered by a public access block with all four settings on.</summary>
public sealed class S3BucketPublicAccessBlockPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-003",
        Name = "s3-bucket-public-access-block",
        Title = "S3 bucket is not covered by a complete public access block",
        Severity = Severity.High,
        Description = "Neither a bucket-level aws_s3_bucket_public_access_block nor an account-level aws_s3_account_public_access_block in the same configuration sets all four of block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets to true. In CloudFormation the block is the bucket's PublicAccessBlockConfiguration (there is no account-level resource), and a flag left out of it is false.",
        Rationale = "The public access block is the guard rail that keeps a later ACL or policy change from publishing regulated data; without all four settings one mistaken change is enough.",
        Remediation = "Add an aws_s3_bucket_public_access_block for the bucket (or an account-level block) with all four settings true.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_public_access_block" "phi" {
              bucket                  = aws_s3_bucket.phi.id
              block_public_acls       = true
              block_public_policy     = true
              ignore_public_acls      = true
              restrict_public_buckets = true
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                PublicAccessBlockConfiguration:
                  BlockPublicAcls: true
                  BlockPublicPolicy: true
                  IgnorePublicAcls: true
                  RestrictPublicBuckets: true
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(C)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.12", "aws-fsbp:S3.1", "aws-fsbp:S3.8"],
        Related = ["checkov:CKV_AWS_53", "checkov:CKV_AWS_54", "checkov:CKV_AWS_55", "checkov:CKV_AWS_56", "checkov:CKV2_AWS_6", "tfsec:aws-s3-block-public-acls", "tfsec:aws-s3-block-public-policy", "tfsec:aws-s3-ignore-public-acls", "tfsec:aws-s3-no-public-buckets", "tfsec:aws-s3-specify-public-access-block", "trivy:AVD-AWS-0086", "trivy:AVD-AWS-0087", "trivy:AVD-AWS-0091", "trivy:AVD-AWS-0093", "trivy:AVD-AWS-0094"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block", "AWS::S3::Bucket"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        var blocks = bucket.PublicAccessBlocks.Concat(bucket.AccountPublicAccessBlocks).ToList();
        if (blocks.Any(b => b.BlocksEverything))
        {
            return;
        }

        if (blocks.Count == 0)
        {
            check.Fail(new MissingValue(bucket.Resource.DeclarationRange), $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} has no public access block, at bucket or account level");
            return;
        }

        foreach (var block in blocks)
        {
            var unknown = block.Flags.Where(f => f.Value.IsUnknown).ToList();
            var off = block.Flags.Where(f => f.Value.IsKnown && !f.Value.IsTrue).ToList();
            if (off.Count > 0)
            {
                check.Fail(off[0].Value, $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} is covered by {PolicyCheck.Describe(block.Resource)}, which leaves {string.Join(", ", off.Select(f => f.Name))} off");
            }
            else if (unknown.Count > 0)
            {
                check.Unknown(unknown[0].Value, $"Bucket {S3BucketPublicAclPolicy.Name(bucket)}: {string.Join(", ", unknown.Select(f => f.Name))} of {PolicyCheck.Describe(block.Resource)} only known after apply");
            }
        }
    }
}
