using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>
/// A template that is exactly one interpolation (<c>"${var.x}"</c>): per the spec it yields the inner value
/// unchanged (a list stays a list), not its string conversion.
/// </summary>
public sealed record TemplateWrapExpression(Expression Wrapped, SourceRange Range) : Expression(Range);
