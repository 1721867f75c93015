using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="IamIdentityPolicy"/> from Terraform's <c>aws_iam_policy</c>, <c>aws_iam_role_policy</c>,
/// <c>aws_iam_user_policy</c>, <c>aws_iam_group_policy</c> and the <c>inline_policy</c> blocks of <c>aws_iam_role</c>.
/// </summary>
public sealed class TerraformIamIdentityPolicyAdapter : IModelAdapter<IamIdentityPolicy>
{
    public ImmutableArray<IamIdentityPolicy> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<IamIdentityPolicy>();
        foreach (var resource in context.Resources("aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy").Where(IsTerraform))
        {
            result.Add(FromResource(resource));
        }

        foreach (var role in context.Resources("aws_iam_role").Where(IsTerraform))
        {
            result.AddRange(InlinePolicies(role));
        }

        return result.ToImmutable();
    }

    internal static bool IsTerraform(Resource resource) => resource.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan;

    internal static IamIdentityPolicy FromResource(Resource resource)
    {
        var kind = resource.Type switch
        {
            "aws_iam_policy" => "Policy",
            "aws_iam_role_policy" => "Role policy",
            "aws_iam_user_policy" => "User policy",
            _ => "Group policy",
        };
        return new IamIdentityPolicy
        {
            Resource = resource,
            Label = $"{kind} {Named(resource["name"], resource.Address)}",
            Document = PolicyDocumentReader.Read(resource["policy"]),
        };
    }

    /// <summary>The <c>inline_policy</c> blocks of a role (an empty block, which removes inline policies, holds no document).</summary>
    internal static IEnumerable<IamIdentityPolicy> InlinePolicies(Resource role) =>
        role["inline_policy"].AsBlocks()
            .Where(block => !block["policy"].IsAbsent)
            .Select(block => new IamIdentityPolicy
            {
                Resource = role,
                Label = $"Inline policy {Named(block["name"], "(unnamed)")} of role {Named(role["name"], role.Address)}",
                Document = PolicyDocumentReader.Read(block["policy"]),
            });

    internal static string Named(Value name, string fallback) => $"\"{name.AsString() ?? fallback}\"";
}
