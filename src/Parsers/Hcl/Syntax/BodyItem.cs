using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>An attribute or a block, as written in a body.</summary>
public abstract record BodyItem(SourceRange Range) : SyntaxNode(Range);
