using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Lambda;

namespace PolicyScan.Policies.Aws.Lambda;

/// <summary>A function whose environment variables hold secrets written in the configuration.</summary>
public sealed class LambdaEnvironmentSecretsPolicy : Policy<LambdaFunction>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-LAMBDA-001",
        Name = "lambda-environment-secrets",
        Title = "Lambda function environment variables hold secrets",
        Severity = Severity.High,
        Description = "An environment variable's value, written in the configuration, is an AWS access key id (AKIA/ASIA and 16 characters), a private key (-----BEGIN ... PRIVATE KEY-----), or, under a name containing password, secret, token, api_key, private_key or credential, a value of at least 16 characters with a Shannon entropy of at least 3.5 bits per character. Values that are references (only known at apply), ARNs, parameter paths and URLs without credentials are not secrets; names ending in _ARN, _NAME, _ID, _PATH, _PARAMETER or _URL point at a secret rather than hold one. Findings never include the value. In CloudFormation: Environment.Variables of AWS::Lambda::Function; a parameter's Default counts as written, and a Secrets Manager dynamic reference ({{resolve:secretsmanager:...}}) is reported because CloudFormation resolves the plain secret into the function's configuration. SAM functions (AWS::Serverless::Function) are judged as the AWS::Lambda::Function SAM deploys, with the Environment of Globals.Function merged in and reported where Globals writes it.",
        Rationale = "A secret in an environment variable is stored in the Terraform code and state, shown to anyone who can read the function's configuration (lambda:GetFunctionConfiguration), and copied into every deployment package and log of the pipeline; whoever has it can reach the systems it opens, patient data included.",
        Remediation = "Keep the secret in AWS Secrets Manager or SSM Parameter Store (SecureString), pass its ARN or name in the environment, and read it at run time with the function's role; rotate any secret that was committed.",
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
                  DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
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
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(d)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17", "iso27001:8.5"],
        Related = ["checkov:CKV_AWS_45"],
        ResourceTypes = ["aws_lambda_function", "AWS::Lambda::Function", "AWS::Serverless::Function"],
    };

    protected override void Check(LambdaFunction function, PolicyCheck check)
    {
        // A whole map known only at apply (a variable, a merge with unknowns) cannot be judged and is not reported:
        // values that come from elsewhere are the recommended way, not a finding.
        if (function.EnvironmentVariables is not MapValue variables)
        {
            return;
        }

        foreach (var (name, value) in variables.Entries)
        {
            if (value.AsString() is { } text && EnvironmentSecrets.Classify(name, text) is { } kind)
            {
                check.Fail(value, $"Function \"{function.Label}\" has {kind} in environment variable \"{name}\"");
            }
        }
    }
}
