using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>
/// A quoted string or heredoc: literal parts (<see cref="LiteralExpression"/> of strings), interpolations
/// (any expression) and directives (<see cref="TemplateIfDirective"/>, <see cref="TemplateForDirective"/>).
/// Strip markers (<c>~</c>) are already applied to the literal parts by the parser.
/// </summary>
public sealed record TemplateExpression(ImmutableArray<Expression> Parts, SourceRange Range) : Expression(Range)
{
    /// <summary>True when the template is one literal (or empty): no interpolation or directive.</summary>
    public bool IsLiteral => Parts.All(p => p is LiteralExpression);
}
