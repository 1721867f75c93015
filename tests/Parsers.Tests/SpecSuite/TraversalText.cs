using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// A traversal written out so that two are equal exactly when Go's runner finds them equivalent: the same root name,
/// then the same attribute names and index keys in order (<c>a.b["k"][0]</c>).
/// </summary>
internal static class TraversalText
{
    public static string Of(ScopeTraversalExpression traversal) =>
        traversal.Root.Name + string.Concat(traversal.Steps.Select(step => step switch
        {
            AttributeStep attribute => "." + attribute.Name,
            IndexStep index => "[" + ValueDisplay.Format(index.Key) + "]",
            _ => throw new SpecSuiteFormatException(step.Range, $"unexpected traversal step {step.GetType().Name}"),
        }));
}
