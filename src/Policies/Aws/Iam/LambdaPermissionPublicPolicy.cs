using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A Lambda permission for principal "*" that no source or organisation condition restricts.</summary>
public sealed class LambdaPermissionPublicPolicy : Policy<LambdaPermission>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-007",
        Name = "lambda-permission-public",
        Title = "Lambda permission allows any principal",
        Severity = Severity.Critical,
        Description = "An aws_lambda_permission (CloudFormation: AWS::Lambda::Permission) has principal \"*\" and sets none of source_arn, source_account or principal_org_id (SourceArn, SourceAccount, PrincipalOrgID), so the function's resource policy lets anyone perform the action (usually lambda:InvokeFunction).",
        Rationale = "A function anyone can invoke runs with its role's access to PHI on behalf of strangers: data can be pulled out through its responses or written in through its inputs, and its cost is theirs to run up.",
        Remediation = "Set principal to the service or account that calls the function and restrict it with source_arn (the calling resource), source_account or principal_org_id (in CloudFormation: SourceArn, SourceAccount, PrincipalOrgID).",
        FixedExamples = Examples.Terraform("""
            resource "aws_lambda_permission" "uploads" {
              statement_id   = "AllowUploadsBucket"
              action         = "lambda:InvokeFunction"
              function_name  = aws_lambda_function.ingest.function_name
              principal      = "s3.amazonaws.com"
              source_arn     = aws_s3_bucket.uploads.arn
              source_account = data.aws_caller_identity.current.account_id
            }
            """).AndCloudFormation("""
            UploadsInvoke:
              Type: AWS::Lambda::Permission
              Properties:
                FunctionName: !Ref Ingest
                Action: lambda:InvokeFunction
                Principal: s3.amazonaws.com
                SourceArn: !GetAtt Uploads.Arn
                SourceAccount: !Ref AWS::AccountId
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(B)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:8.3", "aws-fsbp:Lambda.1"],
        ResourceTypes = ["aws_lambda_permission", "AWS::Lambda::Permission"],
    };

    protected override void Check(LambdaPermission permission, PolicyCheck check)
    {
        // Any of the three, even with a value known only after apply, ties the permission to a caller.
        if (!permission.SourceArn.IsAbsent || !permission.SourceAccount.IsAbsent || !permission.PrincipalOrgId.IsAbsent)
        {
            return;
        }

        var action = permission.Action.AsString() ?? "its action";
        var name = $"\"{permission.Resource.Address}\"";
        var sources = check.Name("source_arn, source_account or principal_org_id", "SourceArn, SourceAccount or PrincipalOrgID");
        if (permission.Principal.IsUnknown)
        {
            check.Unknown(permission.Principal, $"Lambda permission {name} grants {action} to a principal that is only known after apply, with no {sources}");
        }
        else if (permission.Principal.AsString() == "*")
        {
            check.Fail(permission.Principal, $"Lambda permission {name} grants {action} to principal \"*\" with no {sources}");
        }
    }
}
