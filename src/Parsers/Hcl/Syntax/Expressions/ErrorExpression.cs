using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>Stands where the parser could not read an expression; it evaluates to unknown.</summary>
public sealed record ErrorExpression(SourceRange Range) : Expression(Range);
