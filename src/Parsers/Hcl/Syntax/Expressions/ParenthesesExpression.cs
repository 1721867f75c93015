using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>( expr )</c>: kept so that a parenthesised object key is read as an expression.</summary>
public sealed record ParenthesesExpression(Expression Inner, SourceRange Range) : Expression(Range);
