using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>
/// <c>[for k, v in coll : value if cond]</c> (<see cref="KeyResult"/> null) or
/// <c>{for k, v in coll : key => value... if cond}</c> (<see cref="Grouping"/> is the <c>...</c>).
/// </summary>
public sealed record ForExpression(
    Identifier? KeyVariable,
    Identifier ValueVariable,
    Expression Collection,
    Expression? KeyResult,
    Expression ValueResult,
    Expression? Condition,
    bool Grouping,
    SourceRange Range) : Expression(Range)
{
    public bool IsObject => KeyResult is not null;
}
