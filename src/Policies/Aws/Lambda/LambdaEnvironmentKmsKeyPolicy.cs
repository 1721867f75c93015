using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Lambda;

namespace PolicyScan.Policies.Aws.Lambda;

/// <summary>A function with environment variables that are not encrypted with a customer-managed key.</summary>
public sealed class LambdaEnvironmentKmsKeyPolicy : Policy<LambdaFunction>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-LAMBDA-002",
        Name = "lambda-environment-kms-customer-key",
        Title = "Lambda function environment is not encrypted with a customer-managed KMS key",
        Severity = Severity.Medium,
        Description = "The function has environment variables but no kms_key_arn (Lambda then encrypts them with the AWS-managed key aws/lambda), or names an AWS-managed alias. Functions without environment variables are not applicable; a variables map known only at apply with no key is reported as unknown. In CloudFormation: KmsKeyArn of AWS::Lambda::Function; SAM functions (AWS::Serverless::Function) are judged as the AWS::Lambda::Function SAM deploys, KmsKeyArn and Environment from Globals included.",
        Rationale = "Environment variables often carry connection details and identifiers of regulated systems; with a customer-managed key you decide and audit who can decrypt them, separately from who can read the function's configuration.",
        Remediation = "Set kms_key_arn to the ARN of an aws_kms_key you manage, and keep secrets themselves in Secrets Manager.",
        FixedExamples = Examples.Terraform("""
            resource "aws_lambda_function" "ingest" {
              function_name = "ingest"
              role          = aws_iam_role.ingest.arn
              runtime       = "python3.12"
              handler       = "app.handler"
              filename      = "ingest.zip"
              kms_key_arn   = aws_kms_key.lambda.arn

              environment {
                variables = {
                  BUCKET = aws_s3_bucket.intake.id
                }
              }
            }
            """).AndCloudFormation("""
            Ingest:
              Type: AWS::Lambda::Function
              Properties:
                FunctionName: ingest
                Role: !GetAtt IngestRole.Arn
                Runtime: python3.12
                Handler: app.handler
                Code:
                  S3Bucket: !Ref ArtefactBucket
                  S3Key: ingest.zip
                KmsKeyArn: !GetAtt LambdaKey.Arn
                Environment:
                  Variables:
                    DB_PASSWORD_SECRET_ARN: !Ref DatabaseSecret
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_173"],
        ResourceTypes = ["aws_lambda_function", "aws_kms_key", "AWS::Lambda::Function", "AWS::Serverless::Function"],
    };

    protected override void Check(LambdaFunction function, PolicyCheck check)
    {
        if (!function.MayHaveEnvironment)
        {
            check.NotApplicable($"Function \"{function.Label}\" has no environment variables");
            return;
        }

        if (function.EnvironmentVariables is UnknownValue unknown && function.KmsKeyArn.IsAbsent)
        {
            check.Unknown(unknown, $"Function \"{function.Label}\" has no {check.Name("kms_key_arn", "KmsKeyArn")} and environment variables that are only known after apply: {unknown.Reason}");
            return;
        }

        // The provider sends kms_key_arn only when d.GetOk finds a non-empty value: "" leaves the AWS-managed key in
        // place. Checked here because the shared RequiredSettings treats any written string as present.
        if (function.KmsKeyArn.AsString() is "")
        {
            check.Fail(function.KmsKeyArn, $"Function \"{function.Label}\" has an empty {check.Name("kms_key_arn", "KmsKeyArn")}, so its environment variables are encrypted with the AWS-managed key aws/lambda");
            return;
        }

        RequiredSettings.CustomerManagedKey(
            check,
            function.KmsKeyArn,
            $"Function \"{function.Label}\" has environment variables but no {check.Name("kms_key_arn", "KmsKeyArn")}, so they are encrypted with the AWS-managed key aws/lambda",
            $"The {check.Name("kms_key_arn", "KmsKeyArn")} of function \"{function.Label}\"");
    }
}
