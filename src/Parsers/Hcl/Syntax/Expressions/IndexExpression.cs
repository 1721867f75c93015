using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A computed index: <c>coll[var.key]</c>.</summary>
public sealed record IndexExpression(Expression Collection, Expression Key, SourceRange Range) : Expression(Range);
