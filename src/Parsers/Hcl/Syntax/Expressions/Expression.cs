using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>An HCL expression. Evaluation lives in <c>Hcl.Evaluation</c>, not here.</summary>
public abstract record Expression(SourceRange Range) : SyntaxNode(Range);
