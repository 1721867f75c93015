using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="IamRole"/> from CloudFormation's <c>AWS::IAM::Role</c> with the policies the template gives it:
/// its <c>Policies</c> list, <c>AWS::IAM::RolePolicy</c> (<c>RoleName</c>), <c>AWS::IAM::Policy</c> and
/// <c>AWS::IAM::ManagedPolicy</c> whose <c>Roles</c> list names it (by <c>Ref</c> or by its literal <c>RoleName</c>),
/// and <c>ManagedPolicyArns</c>. An ARN that refers to an <c>AWS::IAM::ManagedPolicy</c> of the template (its
/// <c>Ref</c> is the ARN) contributes that policy's document; any other ARN is kept as written. CloudFormation sets no
/// permissions boundary when <c>PermissionsBoundary</c> is not written.
/// </summary>
public sealed class CloudFormationIamRoleAdapter : IModelAdapter<IamRole>
{
    public ImmutableArray<IamRole> Build(AdapterContext context)
    {
        var roles = ImmutableArray.CreateBuilder<IamRole>();
        foreach (var role in context.Resources("AWS::IAM::Role").Where(CloudFormationIamIdentityPolicyAdapter.IsCloudFormation))
        {
            var name = role["RoleName"];
            var trust = PolicyDocumentReader.Read(role["AssumeRolePolicyDocument"]);
            var policies = new List<IamIdentityPolicy>(CloudFormationIamIdentityPolicyAdapter.InlinePolicies(role, "role", "RoleName"));
            policies.AddRange(context.Links.To(role, "AWS::IAM::RolePolicy", "RoleName", name).Select(CloudFormationIamIdentityPolicyAdapter.FromResource));
            policies.AddRange(Naming(context, role, name, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy").Select(CloudFormationIamIdentityPolicyAdapter.FromResource));

            var arns = new List<Value>();
            foreach (var arn in role["ManagedPolicyArns"].Elements.Where(arn => !arn.IsAbsent))
            {
                var customer = context.Links.Targets(role, arn, "AWS::IAM::ManagedPolicy").ToList();
                if (customer.Count > 0)
                {
                    // A policy that also names the role in its Roles list is already counted.
                    policies.AddRange(customer.Where(p => !policies.Any(known => ReferenceEquals(known.Resource, p))).Select(CloudFormationIamIdentityPolicyAdapter.FromResource));
                }
                else
                {
                    arns.Add(arn);
                }
            }

            roles.Add(new IamRole
            {
                Resource = role,
                Name = name,
                TrustPolicy = trust,
                ComputePrincipals = TerraformIamRoleAdapter.ComputePrincipals(trust),
                PermissionsBoundary = Defaults.OrMissing(role["PermissionsBoundary"], role),
                Policies = [.. policies],
                ManagedPolicyArns = [.. arns],
            });
        }

        return roles.ToImmutable();
    }

    /// <summary>Policies of the given types whose <c>Roles</c> list names the role, by reference or by its literal name.</summary>
    private static IEnumerable<Resource> Naming(AdapterContext context, Resource role, Value name, params string[] types) =>
        context.Resources(types).Where(p => p.Root == role.Root && p.Format == role.Format
            && p["Roles"].Elements.Any(r => ResourceLinks.RefersTo(r, role.Address) || (r.AsString() is { } literal && literal == name.AsString())));
}
