using System.Collections.Immutable;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>Builds <see cref="LambdaPermission"/> from CloudFormation's <c>AWS::Lambda::Permission</c>.</summary>
public sealed class CloudFormationLambdaPermissionAdapter : IModelAdapter<LambdaPermission>
{
    public ImmutableArray<LambdaPermission> Build(AdapterContext context) =>
        [.. context.Resources("AWS::Lambda::Permission").Where(CloudFormationIamIdentityPolicyAdapter.IsCloudFormation).Select(permission => new LambdaPermission
        {
            Resource = permission,
            FunctionName = permission["FunctionName"],
            Action = permission["Action"],
            // Principal is required: a template without it fails to deploy, and the permission is then missing.
            Principal = Defaults.OrMissing(permission["Principal"], permission),
            SourceArn = permission["SourceArn"],
            SourceAccount = permission["SourceAccount"],
            PrincipalOrgId = permission["PrincipalOrgID"],
        })];
}
