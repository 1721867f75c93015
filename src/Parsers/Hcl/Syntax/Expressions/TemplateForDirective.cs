using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>%{ for k, v in coll }...%{ endfor }</c> inside a template.</summary>
public sealed record TemplateForDirective(Identifier? KeyVariable, Identifier ValueVariable, Expression Collection, TemplateExpression Body, SourceRange Range) : Expression(Range);
