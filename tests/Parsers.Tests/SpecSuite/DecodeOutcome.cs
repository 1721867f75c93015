using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// What our <c>hcldec</c> gives for one input: the decoded value (null when parsing failed, as hcldec stops there),
/// every diagnostic, and the variable references of the attributes the spec reads (hcldec's <c>--var-refs</c>).
/// </summary>
internal sealed record DecodeOutcome(Value? Value, ImmutableArray<ReportedDiagnostic> Diagnostics, ImmutableArray<ScopeTraversalExpression> Traversals)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
