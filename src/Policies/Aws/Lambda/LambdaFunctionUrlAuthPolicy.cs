using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Lambda;

namespace PolicyScan.Policies.Aws.Lambda;

/// <summary>A function URL that anyone can call without authenticating.</summary>
public sealed class LambdaFunctionUrlAuthPolicy : Policy<LambdaFunctionUrl>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-LAMBDA-003",
        Name = "lambda-function-url-auth",
        Title = "Lambda function URL does not require authentication",
        Severity = Severity.High,
        Description = "The function URL's authorization_type is \"NONE\", so Lambda invokes the function for any HTTPS request from anywhere without checking who sent it. In CloudFormation: AuthType of AWS::Lambda::Url, and FunctionUrlConfig.AuthType of AWS::Serverless::Function, which SAM deploys as an AWS::Lambda::Url.",
        Rationale = "An unauthenticated URL makes the function, and whatever data and services its role reaches, callable by anyone on the internet; any authentication is then left to the function's own code.",
        Remediation = "Set authorization_type = \"AWS_IAM\" and grant lambda:InvokeFunctionUrl to the callers that need it, or put the function behind API Gateway with an authorizer.",
        FixedExamples = Examples.Terraform("""
            resource "aws_lambda_function_url" "ingest" {
              function_name      = aws_lambda_function.ingest.function_name
              authorization_type = "AWS_IAM"
            }
            """).AndCloudFormation("""
            IngestUrl:
              Type: AWS::Lambda::Url
              Properties:
                TargetFunctionArn: !GetAtt Ingest.Arn
                AuthType: AWS_IAM
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(d)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "nis2:21(2)(j)", "iso27001:5.15", "iso27001:8.5"],
        Related = ["checkov:CKV_AWS_258"],
        ResourceTypes = ["aws_lambda_function_url", "aws_lambda_function", "AWS::Lambda::Url", "AWS::Lambda::Function", "AWS::Serverless::Function"],
    };

    protected override void Check(LambdaFunctionUrl url, PolicyCheck check) =>
        check.Require(
            url.AuthorizationType,
            v => !string.Equals(v.AsString(), "NONE", StringComparison.OrdinalIgnoreCase),
            $"The URL of function \"{url.FunctionLabel}\" has authorization type \"NONE\", so anyone can invoke it");
}
