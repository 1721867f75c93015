using System.Collections.Immutable;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>Builds <see cref="IamAccessKey"/> from Terraform's <c>aws_iam_access_key</c>.</summary>
public sealed class TerraformIamAccessKeyAdapter : IModelAdapter<IamAccessKey>
{
    public ImmutableArray<IamAccessKey> Build(AdapterContext context) =>
        [.. context.Resources("aws_iam_access_key").Where(TerraformIamIdentityPolicyAdapter.IsTerraform).Select(key => new IamAccessKey
        {
            Resource = key,
            User = key["user"],
            // terraform-provider-aws: status defaults to "Active".
            Status = Defaults.Or(key["status"], key, "Active"),
        })];
}
