using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>
/// <c>source[*].a.b</c> (full splat: attribute and index steps) or <c>source.*.a</c> (attribute-only splat):
/// the steps are applied to each element. A non-list source becomes a one-element tuple, null an empty one.
/// </summary>
public sealed record SplatExpression(Expression Source, ImmutableArray<TraversalStep> Steps, bool IsFull, SourceRange Range) : Expression(Range);
