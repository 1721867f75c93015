using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A number, bool, null, or a literal string part of a template; the value carries the range.</summary>
public sealed record LiteralExpression(Value Value) : Expression(Value.Range);
