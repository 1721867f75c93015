using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Text;
using HclAttribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Reads a <c>.t</c> file (HCL, read with our parser and evaluator) with the structure Go's hclspecsuite accepts:
/// <c>result</c>, <c>result_type</c>, <c>diagnostics { error|warning { from {line column byte} to {...} } }</c> and
/// <c>traversals { expect { ref = a.b  range { from {...} to {...} } } }</c>. Anything else is a
/// <see cref="SpecSuiteFormatException"/>.
/// </summary>
internal static class ExpectationReader
{
    public static Expectation Read(SourceFile file)
    {
        var parsed = HclParser.ParseNative(file);
        if (parsed.HasErrors)
        {
            throw new SpecSuiteFormatException($"the test file does not parse: {string.Join("; ", parsed.Diagnostics)}");
        }

        Value? result = null;
        var resultType = TypeConstraint.Any;
        var diagnostics = ImmutableArray<ExpectedDiagnostic>.Empty;
        ImmutableArray<ExpectedTraversal>? traversals = null;
        foreach (var item in parsed.Body.Items)
        {
            switch (item)
            {
                case HclAttribute { Name.Name: "result" } attribute:
                    result = ConstantExpressions.Evaluate(attribute.Expression);
                    break;
                case HclAttribute { Name.Name: "result_type" } attribute:
                    resultType = ConstantExpressions.ParseType(attribute.Expression);
                    break;
                case Block { Type.Name: "diagnostics", Labels.IsEmpty: true } block when diagnostics.IsEmpty:
                    diagnostics = [.. block.Body.Items.Select(ReadDiagnostic)];
                    break;
                case Block { Type.Name: "traversals", Labels.IsEmpty: true } block when traversals is null:
                    traversals = [.. block.Body.Items.Select(ReadTraversal)];
                    break;
                default:
                    throw new SpecSuiteFormatException(item.Range, "unexpected item in a test file");
            }
        }

        return new Expectation(result, resultType, diagnostics, traversals);
    }

    private static ExpectedDiagnostic ReadDiagnostic(BodyItem item)
    {
        var severity = item switch
        {
            Block { Type.Name: "error", Labels.IsEmpty: true } => DiagnosticSeverity.Error,
            Block { Type.Name: "warning", Labels.IsEmpty: true } => DiagnosticSeverity.Warning,
            _ => throw new SpecSuiteFormatException(item.Range, "a diagnostics block holds only error and warning blocks"),
        };
        return new ExpectedDiagnostic(severity, ReadRange(((Block)item).Body));
    }

    private static ExpectedTraversal ReadTraversal(BodyItem item)
    {
        if (item is not Block { Type.Name: "expect", Labels.IsEmpty: true } expect)
        {
            throw new SpecSuiteFormatException(item.Range, "a traversals block holds only expect blocks");
        }

        ScopeTraversalExpression? reference = null;
        SuiteRange? range = null;
        foreach (var part in expect.Body.Items)
        {
            switch (part)
            {
                case HclAttribute { Name.Name: "ref", Expression: ScopeTraversalExpression traversal } when reference is null:
                    reference = traversal;
                    break;
                case Block { Type.Name: "range", Labels.IsEmpty: true } block when range is null:
                    range = ReadRange(block.Body);
                    break;
                default:
                    throw new SpecSuiteFormatException(part.Range, "an expect block holds one ref (a static traversal) and one range block");
            }
        }

        if (reference is null || range is null)
        {
            throw new SpecSuiteFormatException(expect.Range, "an expect block needs both ref and range");
        }

        return new ExpectedTraversal(TraversalText.Of(reference), range.Value);
    }

    private static SuiteRange ReadRange(Body body)
    {
        SuitePosition? from = null, to = null;
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case Block { Type.Name: "from", Labels.IsEmpty: true } block when from is null:
                    from = ReadPosition(block.Body);
                    break;
                case Block { Type.Name: "to", Labels.IsEmpty: true } block when to is null:
                    to = ReadPosition(block.Body);
                    break;
                default:
                    throw new SpecSuiteFormatException(item.Range, "a range holds one from block and one to block");
            }
        }

        return from is { } start && to is { } end ? new SuiteRange(start, end) : throw new SpecSuiteFormatException(body.Range, "a range needs from and to");
    }

    private static SuitePosition ReadPosition(Body body)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            if (item is not HclAttribute { Name.Name: "line" or "column" or "byte" } attribute
                || ConstantExpressions.Evaluate(attribute.Expression) is not NumberValue { IsInteger: true, Value: >= 0 and <= int.MaxValue } number
                || !numbers.TryAdd(attribute.Name.Name, (int)number.Value))
            {
                throw new SpecSuiteFormatException(item.Range, "a position holds line, column and byte, each a whole number, once");
            }
        }

        return numbers.Count == 3
            ? new SuitePosition(numbers["line"], numbers["column"], numbers["byte"])
            : throw new SpecSuiteFormatException(body.Range, "a position needs line, column and byte");
    }
}
