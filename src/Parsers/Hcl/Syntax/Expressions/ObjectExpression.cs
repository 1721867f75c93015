using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>
/// <c>{ key = value, ... }</c>. A bare identifier key is parsed as a string literal, as the spec says;
/// a parenthesised key is an expression.
/// </summary>
public sealed record ObjectExpression(ImmutableArray<ObjectItem> Items, SourceRange Range) : Expression(Range);

public sealed record ObjectItem(Expression Key, Expression Value, SourceRange Range) : SyntaxNode(Range);
