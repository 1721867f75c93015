using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// An <c>aws_iam_role</c> with its trust policy and every permission the configuration gives it: inline policies
/// (<c>inline_policy</c> blocks and linked <c>aws_iam_role_policy</c>), customer managed policies of the
/// configuration attached to it, and the ARNs of other managed policies attached to it.
/// </summary>
public sealed record IamRole : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The role name (unknown or missing when generated from <c>name_prefix</c>).</summary>
    public required Value Name { get; init; }

    /// <summary>The trust policy (<c>assume_role_policy</c>).</summary>
    public required PolicyDocument TrustPolicy { get; init; }

    /// <summary>
    /// The compute services whose workloads assume the role, as written in Allow statements of the trust policy
    /// (<c>ec2.amazonaws.com</c>, <c>lambda.amazonaws.com</c>, an EKS service-account OIDC provider, ...).
    /// </summary>
    public required ImmutableArray<Value> ComputePrincipals { get; init; }

    /// <summary>The permissions boundary; missing (located at the role header) when none is set.</summary>
    public required Value PermissionsBoundary { get; init; }

    /// <summary>Inline policies and customer managed policies of the configuration attached to the role.</summary>
    public required ImmutableArray<IamIdentityPolicy> Policies { get; init; }

    /// <summary>
    /// Attached managed policy ARNs that are not customer managed policies of the configuration: AWS managed ARNs
    /// written literally or read from <c>data.aws_iam_policy</c>, and unknown ARNs (each located where it is attached).
    /// </summary>
    public required ImmutableArray<Value> ManagedPolicyArns { get; init; }

    /// <summary>A role that compute (instances, tasks, functions, notebooks, pods) runs as.</summary>
    public bool IsWorkload => !ComputePrincipals.IsEmpty;

    /// <summary>How messages name the role: its name, or its address when the name is not known.</summary>
    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";

    /// <summary>The compute principals, for messages: <c>ec2.amazonaws.com, lambda.amazonaws.com</c>.</summary>
    public string AssumedBy => string.Join(", ", ComputePrincipals.Select(p => p.AsString() ?? "an EKS service account").Distinct());
}
