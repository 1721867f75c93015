using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>%{ if cond }...%{ else }...%{ endif }</c> inside a template.</summary>
public sealed record TemplateIfDirective(Expression Condition, TemplateExpression Then, TemplateExpression? Else, SourceRange Range) : Expression(Range);
