using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// One statement. Lists hold their elements as values (each with its range; an element may be unknown).
/// <see cref="Number"/> counts from 1 in document order, as messages name it.
/// </summary>
public sealed record PolicyStatement
{
    public required int Number { get; init; }

    public required SourceRange Range { get; init; }

    public required Value Sid { get; init; }

    /// <summary>"Allow" or "Deny" (Allow when not written, as in data.aws_iam_policy_document).</summary>
    public required Value Effect { get; init; }

    public ImmutableArray<Value> Actions { get; init; } = [];

    public ImmutableArray<Value> NotActions { get; init; } = [];

    public ImmutableArray<Value> Resources { get; init; } = [];

    public ImmutableArray<Value> NotResources { get; init; } = [];

    public ImmutableArray<PolicyPrincipal> Principals { get; init; } = [];

    public ImmutableArray<PolicyPrincipal> NotPrincipals { get; init; } = [];

    public ImmutableArray<PolicyCondition> Conditions { get; init; } = [];

    /// <summary>Whether the statement has a principal element at all (resource policies do; identity policies do not).</summary>
    public bool HasPrincipal => !Principals.IsEmpty || !NotPrincipals.IsEmpty;

    public bool IsAllow => Effect.AsString() is { } effect && effect.Equals("Allow", StringComparison.OrdinalIgnoreCase);

    public bool IsDeny => Effect.AsString() is { } effect && effect.Equals("Deny", StringComparison.OrdinalIgnoreCase);

    /// <summary>"statement 2" or "statement \"PublicRead\"": how messages name it.</summary>
    public string Label => Sid.AsString() is { Length: > 0 } sid ? $"statement {Number} (\"{sid}\")" : $"statement {Number}";
}
