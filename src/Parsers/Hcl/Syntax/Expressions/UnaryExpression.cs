using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

public enum UnaryOperator
{
    Negate,
    Not,
}

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand, SourceRange Range) : Expression(Range);
