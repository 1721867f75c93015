using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A block label: a quoted string or an identifier.</summary>
public sealed record BlockLabel(string Value, SourceRange Range) : SyntaxNode(Range);
