using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>name = expression</c>.</summary>
public sealed record Attribute(Identifier Name, Expression Expression, SourceRange Range) : BodyItem(Range);
