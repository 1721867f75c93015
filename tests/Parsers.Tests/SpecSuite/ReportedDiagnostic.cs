using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>A diagnostic of our <c>hcldec</c>: from the parser, the evaluator or the decoder itself.</summary>
internal sealed record ReportedDiagnostic(DiagnosticSeverity Severity, string Message, SourceRange Range)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} at {SuiteRange.Of(Range)?.ToString() ?? "<no range>"}: {Message}";
}
