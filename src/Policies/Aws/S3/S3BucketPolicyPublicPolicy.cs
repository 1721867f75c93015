using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket policy that allows Principal "*" without a condition that restricts who can use it.</summary>
public sealed class S3BucketPolicyPublicPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-002",
        Name = "s3-bucket-policy-public",
        Title = "S3 bucket policy allows any principal",
        Severity = Severity.Critical,
        Description = "A bucket policy statement allows Principal \"*\" (or an AWS principal in any account, or uses NotPrincipal) with no condition that restricts access to a VPC endpoint, network, organisation, account or source, and no public access block restricts public buckets. In CloudFormation the policies are the AWS::S3::BucketPolicy resources whose Bucket refers to the bucket (!Ref or its literal name).",
        Rationale = "Principal \"*\" without a restricting condition lets anyone on the internet perform the allowed actions on the bucket's data.",
        Remediation = "Name the principals that need access, or add a condition on aws:SourceVpce, aws:PrincipalOrgID, aws:SourceAccount or aws:SourceArn; and enable restrict_public_buckets in a public access block.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "phi" {
              statement {
                actions   = ["s3:GetObject"]
                resources = ["${aws_s3_bucket.phi.arn}/*"]
                principals {
                  type        = "AWS"
                  identifiers = [aws_iam_role.transcriber.arn]
                }
              }
            }
            """).AndCloudFormation("""
            PhiBucketPolicy:
              Type: AWS::S3::BucketPolicy
              Properties:
                Bucket: !Ref PhiBucket
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: s3:GetObject
                      Resource: !Sub "${PhiBucket.Arn}/*"
                      Principal:
                        AWS: arn:aws:iam::111122223333:role/transcriber
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(C)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:8.3", "aws-fsbp:S3.2", "aws-fsbp:S3.3"],
        Related = ["checkov:CKV_AWS_70", "tfsec:aws-s3-no-public-buckets", "trivy:AVD-AWS-0093"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_policy", "aws_iam_policy_document", "AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        if (bucket.PublicAccessBlocks.Concat(bucket.AccountPublicAccessBlocks).Any(b => b.NeutralisesPolicies))
        {
            return;
        }

        var name = S3BucketPublicAclPolicy.Name(bucket);
        foreach (var document in bucket.Policies)
        {
            if (document.Statements.IsEmpty && !document.IsComplete)
            {
                check.Unknown(document.Source, $"Bucket {name} has a policy that is only known after apply");
                continue;
            }

            foreach (var statement in document.Statements)
            {
                ReportStatement(bucket, document, statement, check);
            }
        }
    }

    /// <summary>
    /// A statement is public when it may allow (Allow, or an effect not yet known), names everyone (or uses
    /// NotPrincipal), and no known condition restricts it. What is not known makes the result unknown, not failed.
    /// </summary>
    private static void ReportStatement(S3Bucket bucket, PolicyDocument document, PolicyStatement statement, PolicyCheck check)
    {
        if (statement.IsDeny || statement.IsRestrictedByCondition())
        {
            return;
        }

        var name = S3BucketPublicAclPolicy.Name(bucket);
        var everyone = statement.Principals.FirstOrDefault(p => p.IsEveryone);
        var notPrincipal = !statement.NotPrincipals.IsEmpty;
        var maybe = statement.Principals.FirstOrDefault(p => p.MayBeEveryone);
        var actions = string.Join(", ", statement.Actions.Select(a => a.AsString() ?? "(unknown)"));
        var location = everyone?.Identifier ?? new MissingValue(statement.Range.IsNone ? document.Source.Range : statement.Range);
        if ((everyone is not null || notPrincipal) && statement.IsAllow && !statement.HasUnknownCondition())
        {
            var who = everyone is not null ? "Principal \"*\"" : "everyone except the NotPrincipal list";
            check.Fail(location, $"Bucket {name} allows {actions} to {who} in {statement.Label} with no restricting condition");
        }
        else if (everyone is not null || notPrincipal)
        {
            check.Unknown(location, $"Bucket {name} may allow {actions} to everyone in {statement.Label}: its effect or condition is only known after apply");
        }
        else if (maybe is not null)
        {
            check.Unknown(maybe.Identifier, $"Bucket {name} allows {actions} in {statement.Label} to a principal that is only known after apply");
        }
    }
}
