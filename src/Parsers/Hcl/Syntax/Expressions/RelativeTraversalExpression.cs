using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>Static steps applied to the result of another expression: <c>func().attr</c>, <c>(x)[0]</c>.</summary>
public sealed record RelativeTraversalExpression(Expression Source, ImmutableArray<TraversalStep> Steps, SourceRange Range) : Expression(Range);
