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

    public string Reason { get; }

    public ImmutableArray<ReferenceTarget> References { get; }

    public override ValueKind Kind => ValueKind.Unknown;

    public override Value WithRange(SourceRange range) => new UnknownValue(Reason, range, References);

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
