using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

public sealed class TemplateSequence(ImmutableArray<TemplateNode> items, SourceRange range) : TemplateNode(range)
{
    public ImmutableArray<TemplateNode> Items { get; } = items.IsDefault ? [] : items;
}
