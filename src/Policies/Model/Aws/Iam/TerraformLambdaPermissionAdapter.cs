using System.Collections.Immutable;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>Builds <see cref="LambdaPermission"/> from Terraform's <c>aws_lambda_permission</c>.</summary>
public sealed class TerraformLambdaPermissionAdapter : IModelAdapter<LambdaPermission>
{
    public ImmutableArray<LambdaPermission> Build(AdapterContext context) =>
        [.. context.Resources("aws_lambda_permission").Where(TerraformIamIdentityPolicyAdapter.IsTerraform).Select(permission => new LambdaPermission
        {
            Resource = permission,
            FunctionName = permission["function_name"],
            Action = permission["action"],
            Principal = Defaults.OrMissing(permission["principal"], permission),
            SourceArn = permission["source_arn"],
            SourceAccount = permission["source_account"],
            PrincipalOrgId = permission["principal_org_id"],
        })];
}
