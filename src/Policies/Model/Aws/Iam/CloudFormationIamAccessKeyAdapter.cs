using System.Collections.Immutable;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>Builds <see cref="IamAccessKey"/> from CloudFormation's <c>AWS::IAM::AccessKey</c>.</summary>
public sealed class CloudFormationIamAccessKeyAdapter : IModelAdapter<IamAccessKey>
{
    public ImmutableArray<IamAccessKey> Build(AdapterContext context) =>
        [.. context.Resources("AWS::IAM::AccessKey").Where(CloudFormationIamIdentityPolicyAdapter.IsCloudFormation).Select(key => new IamAccessKey
        {
            Resource = key,
            User = key["UserName"],
            // AWS::IAM::AccessKey reference: Status "Active" (default) or "Inactive".
            Status = Defaults.Or(key["Status"], key, "Active"),
        })];
}
