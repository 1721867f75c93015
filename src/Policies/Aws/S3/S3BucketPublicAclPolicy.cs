using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket whose ACL grants access to everyone or to every AWS account holder.</summary>
public sealed class S3BucketPublicAclPolicy : Policy<S3Bucket>
{
    private static readonly HashSet<string> PublicCannedAcls = new(StringComparer.Ordinal) { "public-read", "public-read-write", "authenticated-read" };

    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-001",
        Name = "s3-bucket-public-acl",
        Title = "S3 bucket ACL grants public access",
        Severity = Severity.Critical,
        Description = "The bucket's canned ACL (public-read, public-read-write, authenticated-read) or an explicit grant gives the AllUsers or AuthenticatedUsers group access, and no public access block (bucket or account level) ignores public ACLs. In CloudFormation: AccessControl (PublicRead, PublicReadWrite, AuthenticatedRead; Private when left out) and the bucket's PublicAccessBlockConfiguration.",
        Rationale = "An ACL open to AllUsers publishes every object, patient transcripts and model weights included, to the internet; AuthenticatedUsers means any AWS account in the world, not yours.",
        Remediation = "Use the private ACL (or no ACL with BucketOwnerEnforced object ownership) and enable a public access block with ignore_public_acls and block_public_acls.",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_acl" "phi" {
              bucket = aws_s3_bucket.phi.id
              acl    = "private"
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                AccessControl: Private
                PublicAccessBlockConfiguration:
                  BlockPublicAcls: true
                  IgnorePublicAcls: true
                  BlockPublicPolicy: true
                  RestrictPublicBuckets: true
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(C)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.12", "aws-fsbp:S3.2", "aws-fsbp:S3.3"],
        Related = ["checkov:CKV_AWS_20", "checkov:CKV_AWS_57", "tfsec:aws-s3-no-public-access-with-acl", "trivy:AVD-AWS-0092"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_acl", "AWS::S3::Bucket"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        var neutralised = bucket.PublicAccessBlocks.Concat(bucket.AccountPublicAccessBlocks).FirstOrDefault(b => b.NeutralisesAcls);
        foreach (var acl in bucket.CannedAcls)
        {
            if (acl.IsUnknown)
            {
                if (neutralised is null)
                {
                    check.Unknown(acl, $"Bucket {Name(bucket)} has an ACL that is only known after apply");
                }
            }
            else if (acl.AsString() is { } canned && PublicCannedAcls.Contains(canned) && neutralised is null)
            {
                check.Fail(acl, $"Bucket {Name(bucket)} has the canned ACL \"{canned}\", which grants {(canned == "authenticated-read" ? "every AWS account holder" : "everyone")} access");
            }
        }

        foreach (var grant in bucket.Grants.Where(g => g.IsPublic))
        {
            if (neutralised is null)
            {
                var who = grant.GranteeUri.AsString() == S3Grant.AllUsers ? "AllUsers" : "AuthenticatedUsers";
                check.Fail(grant.GranteeUri, $"Bucket {Name(bucket)} grants {grant.Permission.AsString() ?? "access"} to the {who} group");
            }
        }
    }

    internal static string Name(S3Bucket bucket) => bucket.Name.AsString() is { } name ? $"\"{name}\"" : $"\"{bucket.Resource.Address}\"";
}
