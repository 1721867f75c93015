using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// A value that cannot be known before deployment, with the reason (for people) and the resources whose
/// computed attributes it came from (for policies that link resources).
/// </summary>
public sealed class UnknownValue : Value
{
    public UnknownValue(string reason, SourceRange range, ImmutableArray<ReferenceTarget> references = default)
        : base(range, ValueOrigin.Unknown)
    {
        Reason = reason;
        References = references.IsDefault ? [] : references;
    }

    /// <summary>
    /// Stands in a <see cref="Partial"/> string for each unknown part of a template, so that a reader of the known
    /// parts (a JSON policy in a heredoc) can tell where the unknowns were. Private-use characters: never in real text.
    /// </summary>
    public const string Placeholder = "\uE000unknown\uE001";

    public string Reason { get; }

    /// <summary>
    /// What is known of the value, where something is: for <c>jsonencode()</c> of a structure with unknown leaves,
    /// that structure; for a template with unknown interpolations, its text with <see cref="Placeholder"/> in their
    /// place; for a policy document data source, its statements. Policies use it to judge the known parts.
    /// </summary>
    public Value? Partial { get; init; }

    public ImmutableArray<ReferenceTarget> References { get; }

    /// <summary>
    /// For a choice left to deployment (a CloudFormation <c>Fn::If</c> on a condition known only then), the values it
    /// may take; empty otherwise. A policy can then tell "one of these" from "derived from these".
    /// </summary>
    public ImmutableArray<Value> Alternatives { get; init; } = [];

    public override ValueKind Kind => ValueKind.Unknown;

    public override Value WithRange(SourceRange range) => new UnknownValue(Reason, range, References) { Partial = Partial, Alternatives = Alternatives };

    /// <summary>Combines the unknowns among operands into one, keeping every reference.</summary>
    public static UnknownValue Combine(SourceRange range, IEnumerable<Value> operands)
    {
        string? reason = null;
        var references = ImmutableArray.CreateBuilder<ReferenceTarget>();
        foreach (var operand in operands)
        {
            if (operand is UnknownValue unknown)
            {
                reason ??= unknown.Reason;
                foreach (var reference in unknown.References)
                {
                    if (!references.Contains(reference))
                    {
                        references.Add(reference);
                    }
                }
            }
        }

        return new UnknownValue(reason ?? "depends on an unknown value", range, references.ToImmutable());
    }
}
