using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="IamIdentityPolicy"/> from CloudFormation's <c>AWS::IAM::ManagedPolicy</c>, <c>AWS::IAM::Policy</c>,
/// <c>AWS::IAM::RolePolicy</c>, <c>AWS::IAM::UserPolicy</c>, <c>AWS::IAM::GroupPolicy</c> (each its
/// <c>PolicyDocument</c>) and the <c>Policies</c> list of <c>AWS::IAM::Role</c>, <c>AWS::IAM::User</c> and
/// <c>AWS::IAM::Group</c>.
/// </summary>
public sealed class CloudFormationIamIdentityPolicyAdapter : IModelAdapter<IamIdentityPolicy>
{
    /// <summary>Principals with an inline <c>Policies</c> list: type, how messages name it, the property that names it.</summary>
    private static readonly (string Type, string Kind, string NameProperty)[] Holders =
    [
        ("AWS::IAM::Role", "role", "RoleName"),
        ("AWS::IAM::User", "user", "UserName"),
        ("AWS::IAM::Group", "group", "GroupName"),
    ];

    public ImmutableArray<IamIdentityPolicy> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<IamIdentityPolicy>();
        foreach (var resource in context.Resources("AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy").Where(IsCloudFormation))
        {
            result.Add(FromResource(resource));
        }

        foreach (var (type, kind, nameProperty) in Holders)
        {
            foreach (var holder in context.Resources(type).Where(IsCloudFormation))
            {
                result.AddRange(InlinePolicies(holder, kind, nameProperty));
            }
        }

        return result.ToImmutable();
    }

    internal static bool IsCloudFormation(Resource resource) => resource.Format == SourceFormat.CloudFormation;

    internal static IamIdentityPolicy FromResource(Resource resource)
    {
        var (kind, name) = resource.Type switch
        {
            "AWS::IAM::ManagedPolicy" => ("Managed policy", resource["ManagedPolicyName"]),
            "AWS::IAM::Policy" => ("Policy", resource["PolicyName"]),
            "AWS::IAM::RolePolicy" => ("Role policy", resource["PolicyName"]),
            "AWS::IAM::UserPolicy" => ("User policy", resource["PolicyName"]),
            _ => ("Group policy", resource["PolicyName"]),
        };
        return new IamIdentityPolicy
        {
            Resource = resource,
            Label = $"{kind} {TerraformIamIdentityPolicyAdapter.Named(name, resource.Address)}",
            Document = PolicyDocumentReader.Read(resource["PolicyDocument"]),
        };
    }

    /// <summary>The entries of a role's, user's or group's <c>Policies</c> list (an entry removed by <c>AWS::NoValue</c> is absent).</summary>
    internal static IEnumerable<IamIdentityPolicy> InlinePolicies(Resource holder, string kind, string nameProperty) =>
        holder["Policies"].Elements
            .Where(entry => !entry.Get("PolicyDocument").IsAbsent)
            .Select(entry => new IamIdentityPolicy
            {
                Resource = holder,
                Label = $"Inline policy {TerraformIamIdentityPolicyAdapter.Named(entry.Get("PolicyName"), "(unnamed)")} of {kind} {TerraformIamIdentityPolicyAdapter.Named(holder[nameProperty], holder.Address)}",
                Document = PolicyDocumentReader.Read(entry.Get("PolicyDocument")),
            });
}
