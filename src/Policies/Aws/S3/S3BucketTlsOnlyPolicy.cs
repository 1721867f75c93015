using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A bucket whose policy does not deny requests made without TLS.</summary>
public sealed class S3BucketTlsOnlyPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-009",
        Name = "s3-bucket-tls-only",
        Title = "S3 bucket policy does not deny requests without TLS",
        Severity = Severity.Medium,
        Description = "No bucket policy statement denies s3 actions to every principal when aws:SecureTransport is false (or when s3:TlsVersion is below 1.2), in the bucket's policies (in CloudFormation, the AWS::S3::BucketPolicy resources linked to it).",
        Rationale = "S3 accepts plain HTTP unless a policy refuses it; patient data sent over HTTP can be read on the way.",
        Remediation = "Add a statement with Effect Deny, Principal \"*\", Action \"s3:*\", both the bucket and object ARNs as resources, and Condition Bool aws:SecureTransport = false.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "phi_tls" {
              statement {
                effect    = "Deny"
                actions   = ["s3:*"]
                resources = [aws_s3_bucket.phi.arn, "${aws_s3_bucket.phi.arn}/*"]
                principals {
                  type        = "*"
                  identifiers = ["*"]
                }
                condition {
                  test     = "Bool"
                  variable = "aws:SecureTransport"
                  values   = ["false"]
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
                    - Effect: Deny
                      Principal: "*"
                      Action: s3:*
                      Resource:
                        - !GetAtt PhiBucket.Arn
                        - !Sub "${PhiBucket.Arn}/*"
                      Condition:
                        Bool:
                          aws:SecureTransport: "false"
            """),
        Compliance = ["hipaa:164.312(e)(1)", "hipaa:164.312(e)(2)(ii)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:S3.5"],
        Related = ["kics:4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9"],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_policy", "AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
    };

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        var name = S3BucketPublicAclPolicy.Name(bucket);
        if (bucket.Policies.SelectMany(p => p.Statements).Any(DeniesInsecureTransport))
        {
            return;
        }

        var incomplete = bucket.Policies.FirstOrDefault(p => !p.IsComplete);
        if (incomplete is not null)
        {
            check.Unknown(incomplete.Source, $"Bucket {name}: part of its policy is only known after apply, so a TLS-only statement cannot be ruled out");
            return;
        }

        check.Fail(bucket.Policies.IsEmpty ? new MissingValue(bucket.Resource.DeclarationRange) : bucket.Policies[0].Source, $"Bucket {name} has no policy statement that denies requests without TLS (aws:SecureTransport = false)");
    }

    private static bool DeniesInsecureTransport(PolicyStatement statement) =>
        statement.IsDeny
        && statement.Principals.Any(p => p.IsEveryone)
        && (statement.Grants("s3:GetObject") || statement.Grants("s3:PutObject"))
        && statement.Conditions.Any(c =>
            (c.Key.AsString() is { } key && key.Equals("aws:SecureTransport", StringComparison.OrdinalIgnoreCase)
                && c.Operator.AsString() is "Bool" or "BoolIfExists" && c.Values.Any(v => v.AsString() == "false"))
            || (c.Key.AsString() is { } tls && tls.Equals("s3:TlsVersion", StringComparison.OrdinalIgnoreCase)
                && c.Operator.AsString() is "NumericLessThan" && c.Values.Any(v => v.AsString() is "1.2" or "1.3")));
}
