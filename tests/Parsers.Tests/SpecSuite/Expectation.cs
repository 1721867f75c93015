using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Types;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// A case's <c>.t</c> file: the expected <c>result</c> (evaluated, still located in the <c>.t</c> file), the
/// <c>result_type</c> (<c>any</c> when absent, as in Go's runner), the expected diagnostics, and the expected
/// traversals, which are checked only when the file has a <c>traversals</c> block (even an empty one).
/// </summary>
internal sealed record Expectation(
    Value? Result,
    TypeConstraint ResultType,
    ImmutableArray<ExpectedDiagnostic> Diagnostics,
    ImmutableArray<ExpectedTraversal>? Traversals);

/// <summary>An <c>error</c> or <c>warning</c> block of <c>diagnostics</c>: its severity and range.</summary>
internal sealed record ExpectedDiagnostic(DiagnosticSeverity Severity, SuiteRange Range)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} at {Range}";
}

/// <summary>An <c>expect</c> block of <c>traversals</c>: the reference (as <see cref="TraversalText"/> writes it) and its range.</summary>
internal sealed record ExpectedTraversal(string Reference, SuiteRange Range)
{
    public override string ToString() => $"{Reference} at {Range}";
}
