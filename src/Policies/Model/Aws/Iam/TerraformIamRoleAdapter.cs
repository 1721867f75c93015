using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="IamRole"/> from Terraform's <c>aws_iam_role</c> with the policies the configuration gives it:
/// <c>inline_policy</c> blocks, <c>aws_iam_role_policy</c>, <c>aws_iam_role_policy_attachment</c>,
/// <c>aws_iam_policy_attachment</c> (its <c>roles</c> list) and <c>managed_policy_arns</c>, linked by reference or
/// by the role's literal name. An attached ARN that refers to an <c>aws_iam_policy</c> of the configuration
/// contributes that policy's document; any other ARN is kept as written (or as read from <c>data.aws_iam_policy</c>).
/// </summary>
public sealed class TerraformIamRoleAdapter : IModelAdapter<IamRole>
{
    /// <summary>Service principals of compute that runs as the role (instances, containers, functions, ML jobs, pods, builds, agents).</summary>
    private static readonly HashSet<string> ComputeServices = new(StringComparer.OrdinalIgnoreCase)
    {
        "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "edgelambda.amazonaws.com",
        "sagemaker.amazonaws.com", "bedrock.amazonaws.com", "eks.amazonaws.com", "eks-fargate-pods.amazonaws.com",
        "pods.eks.amazonaws.com", "batch.amazonaws.com", "glue.amazonaws.com", "codebuild.amazonaws.com",
        "tasks.apprunner.amazonaws.com", "elasticmapreduce.amazonaws.com", "states.amazonaws.com",
    };

    public ImmutableArray<IamRole> Build(AdapterContext context)
    {
        var roles = ImmutableArray.CreateBuilder<IamRole>();
        foreach (var role in context.Resources("aws_iam_role").Where(TerraformIamIdentityPolicyAdapter.IsTerraform))
        {
            var name = role["name"];
            var trust = PolicyDocumentReader.Read(role["assume_role_policy"]);
            var policies = new List<IamIdentityPolicy>(TerraformIamIdentityPolicyAdapter.InlinePolicies(role));
            policies.AddRange(context.Links.To(role, "aws_iam_role_policy", "role", name).Select(TerraformIamIdentityPolicyAdapter.FromResource));

            var arns = new List<Value>();
            var attached = context.Links.To(role, "aws_iam_role_policy_attachment", "role", name).Select(a => (From: a, Arn: a["policy_arn"]))
                .Concat(PolicyAttachments(context, role, name).Select(a => (From: a, Arn: a["policy_arn"])))
                .Concat(role["managed_policy_arns"].Elements.Select(arn => (From: role, Arn: arn)));
            foreach (var (from, arn) in attached)
            {
                var targets = context.Links.Targets(from, arn, "aws_iam_policy").ToList();
                var customer = targets.Where(t => t.Mode == ResourceMode.Managed).ToList();
                if (customer.Count > 0)
                {
                    policies.AddRange(customer.Select(TerraformIamIdentityPolicyAdapter.FromResource));
                }
                else if (targets.FirstOrDefault(t => t.Mode == ResourceMode.Data) is { } lookup && ArnOfLookup(lookup) is { } looked)
                {
                    arns.Add(new StringValue(looked, arn.Range));
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
                ComputePrincipals = ComputePrincipals(trust),
                PermissionsBoundary = Defaults.OrMissing(role["permissions_boundary"], role),
                Policies = [.. policies],
                ManagedPolicyArns = [.. arns],
            });
        }

        return roles.ToImmutable();
    }

    /// <summary><c>aws_iam_policy_attachment</c> resources whose <c>roles</c> list names the role, by reference or literally.</summary>
    private static IEnumerable<Resource> PolicyAttachments(AdapterContext context, Resource role, Value name) =>
        context.Resources("aws_iam_policy_attachment").Where(a => a.Root == role.Root && a.Format == role.Format
            && a["roles"].Elements.Any(r => ResourceLinks.RefersTo(r, role.Address) || (r.AsString() is { } literal && literal == name.AsString())));

    /// <summary>The ARN a <c>data.aws_iam_policy</c> looks up, from its written <c>arn</c> or an AWS managed policy <c>name</c>.</summary>
    private static string? ArnOfLookup(Resource lookup) =>
        lookup["arn"].AsString() ?? (lookup["name"].AsString() is { } name && AwsManagedPolicies.IsPrivileged(name) ? AwsManagedPolicies.ArnOf(name) : null);

    internal static ImmutableArray<Value> ComputePrincipals(PolicyDocument trust)
    {
        var result = ImmutableArray.CreateBuilder<Value>();
        foreach (var statement in trust.Statements.Where(s => s.IsAllow))
        {
            foreach (var principal in statement.Principals)
            {
                if (principal.Type == "Service" && principal.Identifier.AsString() is { } service && ComputeServices.Contains(service))
                {
                    result.Add(principal.Identifier);
                }
                else if (principal.Type == "Federated" && IsEksServiceAccount(statement, principal))
                {
                    result.Add(principal.Identifier);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>IAM roles for service accounts: web identity from an EKS OIDC provider, or a condition on a service account.</summary>
    private static bool IsEksServiceAccount(PolicyStatement statement, PolicyPrincipal principal) =>
        (principal.Identifier.AsString() is { } provider && provider.Contains("oidc.eks.", StringComparison.OrdinalIgnoreCase))
        || statement.Conditions.Any(c => c.Values.Any(v => v.AsString() is { } s && s.StartsWith("system:serviceaccount:", StringComparison.Ordinal)));
}
