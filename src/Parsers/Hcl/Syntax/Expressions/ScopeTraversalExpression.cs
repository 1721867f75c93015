using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A variable reference with static steps: <c>var.name</c>, <c>aws_s3_bucket.b[0].id</c>.</summary>
public sealed record ScopeTraversalExpression(Identifier Root, ImmutableArray<TraversalStep> Steps, SourceRange Range) : Expression(Range)
{
    /// <summary>The dotted form, for messages: <c>aws_s3_bucket.b[0].id</c>.</summary>
    public override string ToString() => Root.Name + string.Concat(Steps.Select(s => s switch
    {
        AttributeStep a => "." + a.Name,
        IndexStep i => "[" + i.Key + "]",
        _ => string.Empty,
    }));
}
