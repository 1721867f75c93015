using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

public sealed record ConditionalExpression(Expression Condition, Expression TrueResult, Expression FalseResult, SourceRange Range) : Expression(Range);
