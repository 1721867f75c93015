using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right, SourceRange Range) : Expression(Range);
