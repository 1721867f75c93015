using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A node of the HCL syntax tree; every node knows the exact range of source it came from.</summary>
public abstract record SyntaxNode(SourceRange Range);
