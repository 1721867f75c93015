using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Evaluates the expressions of the suite's own files (<c>.hcldec</c> arguments, <c>.t</c> results and types) with
/// our evaluator and no variables. Any problem there is the file's or the runner's, never the case's outcome, so it
/// is a <see cref="SpecSuiteFormatException"/>.
/// </summary>
internal static class ConstantExpressions
{
    public static Value Evaluate(Expression expression)
    {
        var diagnostics = new DiagnosticBag();
        var value = NewEvaluator(diagnostics).Evaluate(expression, VariableScope.Empty);
        ThrowOnProblems(diagnostics, expression.Range);
        return value;
    }

    public static TypeConstraint ParseType(Expression expression)
    {
        var diagnostics = new DiagnosticBag();
        var type = TypeConstraintParser.Parse(expression, NewEvaluator(diagnostics));
        ThrowOnProblems(diagnostics, expression.Range);
        return type;
    }

    private static ExpressionEvaluator NewEvaluator(DiagnosticBag diagnostics) => new(TerraformFunctions.Table, NoFileAccess.Instance, diagnostics);

    private static void ThrowOnProblems(DiagnosticBag diagnostics, SourceRange range)
    {
        if (diagnostics.Count > 0)
        {
            throw new SpecSuiteFormatException(range, string.Join("; ", diagnostics.Items.Select(d => d.Message)));
        }
    }
}
