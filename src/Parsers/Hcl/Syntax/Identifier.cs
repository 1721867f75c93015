using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

public sealed record Identifier(string Name, SourceRange Range) : SyntaxNode(Range)
{
    public override string ToString() => Name;
}
