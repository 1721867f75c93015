using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>The contents of a file or of a block: attributes and blocks in source order.</summary>
public sealed record Body(ImmutableArray<BodyItem> Items, SourceRange Range) : SyntaxNode(Range)
{
    public IEnumerable<Attribute> Attributes => Items.OfType<Attribute>();

    public IEnumerable<Block> Blocks => Items.OfType<Block>();

    public Attribute? FindAttribute(string name)
    {
        foreach (var item in Items)
        {
            if (item is Attribute attribute && attribute.Name.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    public IEnumerable<Block> BlocksOfType(string type) => Items.OfType<Block>().Where(b => b.Type.Name == type);
}
