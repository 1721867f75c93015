using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// One element of a template before directives are nested: the parser reads a template flat, applies heredoc
/// indentation and strip markers (which only look at neighbours), then folds if/for directives into a tree.
/// </summary>
internal abstract record TemplateItem(int Start, int End);

/// <summary>Literal text, already unescaped. <see cref="Verbatim"/> when it equals its source text character for character.</summary>
internal sealed record TemplateLiteralItem(string Value, bool Verbatim, int Start, int End) : TemplateItem(Start, End);

/// <summary><c>${ expr }</c>, with its strip markers.</summary>
internal sealed record TemplateInterpolationItem(Expression Expression, bool StripBefore, bool StripAfter, int Start, int End) : TemplateItem(Start, End);

internal enum TemplateDirectiveKind
{
    If,
    Else,
    EndIf,
    For,
    EndFor,
}

/// <summary><c>%{ if cond }</c>, <c>%{ else }</c>, <c>%{ endif }</c>, <c>%{ for k, v in coll }</c> or <c>%{ endfor }</c>.</summary>
internal sealed record TemplateDirectiveItem(
    TemplateDirectiveKind Kind,
    Expression? Expression,
    Identifier? KeyVariable,
    Identifier? ValueVariable,
    bool StripBefore,
    bool StripAfter,
    int Start,
    int End) : TemplateItem(Start, End);
