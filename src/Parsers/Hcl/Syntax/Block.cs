using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>type "label" ... { body }</c>. <see cref="HeaderRange"/> spans the type and the labels.</summary>
public sealed record Block(Identifier Type, ImmutableArray<BlockLabel> Labels, Body Body, SourceRange Range) : BodyItem(Range)
{
    public SourceRange HeaderRange => Labels.IsEmpty ? Type.Range : Type.Range.Union(Labels[^1].Range);
}
