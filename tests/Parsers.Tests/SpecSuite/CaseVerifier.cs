using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Runs one case through <see cref="OurHcldec"/> and checks it the way Go's hclspecsuite does (its runner.go):
/// traversals when the test file has a traversals block; then, when no diagnostics are expected, no errors, a value
/// of the expected type, and the expected result (converted to that type first, as Go does); when diagnostics are
/// expected, exactly those, instead of the value.
/// </summary>
internal static class CaseVerifier
{
    /// <summary>What is wrong with our outcome for the case; empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(SpecSuiteCase suiteCase) => Problems(
        Read(suiteCase.InputPath, suiteCase.Name),
        suiteCase.Syntax,
        Read(suiteCase.SpecPath, suiteCase.BaseName + ".hcldec"),
        Read(suiteCase.ExpectationPath, suiteCase.BaseName + ".t"));

    /// <summary>The same, for a case given as text (the runner's own tests).</summary>
    public static IReadOnlyList<string> Problems(SourceFile input, InputSyntax syntax, SourceFile specFile, SourceFile expectationFile)
    {
        var expectation = ExpectationReader.Read(expectationFile);
        var spec = DecodeSpecReader.Read(specFile);
        var outcome = OurHcldec.Run(input, syntax, spec);

        var problems = new List<string>();
        if (expectation.Traversals is { } expectedTraversals)
        {
            problems.AddRange(TraversalProblems(outcome, expectedTraversals));
        }

        if (expectation.Diagnostics.IsEmpty)
        {
            problems.AddRange(ValueProblems(outcome, expectation));
        }
        else
        {
            problems.AddRange(DiagnosticProblems(outcome, expectation.Diagnostics));
        }

        return problems;
    }

    private static IEnumerable<string> ValueProblems(DecodeOutcome outcome, Expectation expectation)
    {
        if (outcome.HasErrors || outcome.Value is null)
        {
            return outcome.Diagnostics.Where(d => d.IsError).Select(d => $"unexpected {d}");
        }

        var typeProblems = TypeConformance.Problems(outcome.Value, expectation.ResultType);
        if (typeProblems.Count > 0 || expectation.Result is null)
        {
            return typeProblems;
        }

        if (!TypeConversion.TryConvert(expectation.Result, expectation.ResultType, out var expected, out var error))
        {
            throw new SpecSuiteFormatException(expectation.Result.Range, $"the expected result is not a {expectation.ResultType}: {error}");
        }

        return ValueComparison.Differences(outcome.Value, expected);
    }

    /// <summary>
    /// Errors must match one for one, by range. Warnings are compared only where the test file expects some: our parser
    /// gives advisory warnings of its own (which Go's would not), and the suite is about what is an error.
    /// </summary>
    private static IEnumerable<string> DiagnosticProblems(DecodeOutcome outcome, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        var comparedSeverities = expected.Any(e => e.Severity == DiagnosticSeverity.Warning)
            ? new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning }
            : [DiagnosticSeverity.Error];
        var compared = outcome.Diagnostics.Where(d => comparedSeverities.Contains(d.Severity)).ToList();

        var problems = new List<string>();
        foreach (var sourceless in compared.Where(d => d.Range.IsNone))
        {
            problems.Add($"a diagnostic without a range cannot be expected: {sourceless}");
        }

        var unmatched = compared.Where(d => !d.Range.IsNone).ToList();
        foreach (var wanted in expected)
        {
            var match = unmatched.FindIndex(d => d.Severity == wanted.Severity && SuiteRange.Of(d.Range) == wanted.Range);
            if (match < 0)
            {
                problems.Add($"missing expected {wanted}");
            }
            else
            {
                unmatched.RemoveAt(match);
            }
        }

        problems.AddRange(unmatched.Select(extra => $"unexpected {extra}"));
        if (problems.Count > 0)
        {
            problems.Add("all our diagnostics: " + string.Join("; ", outcome.Diagnostics));
        }

        return problems;
    }

    /// <summary>
    /// Go's runner asks hcldec for the variable references of the attributes the spec reads; hcldec fails on an input
    /// that does not parse, and so does this check. Each found reference must be expected, with its range, and each
    /// expected one found.
    /// </summary>
    private static IEnumerable<string> TraversalProblems(DecodeOutcome outcome, IReadOnlyList<ExpectedTraversal> expected)
    {
        if (outcome.Value is null)
        {
            return ["traversals cannot be listed: the input does not parse"];
        }

        var actual = outcome.Traversals.Select(t => new ExpectedTraversal(TraversalText.Of(t), SuiteRange.Of(t.Range)!.Value)).ToList();
        var problems = new List<string>();
        var unmatched = actual.ToList();
        foreach (var wanted in expected)
        {
            if (!unmatched.Remove(wanted))
            {
                problems.Add($"missing expected traversal {wanted}");
            }
        }

        problems.AddRange(unmatched.Select(extra => $"unexpected traversal {extra}"));
        return problems;
    }

    private static SourceFile Read(string path, string displayName) => new(displayName, File.ReadAllText(path));
}
