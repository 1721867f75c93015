using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>type "label" ... { body }</c>. <see cref="HeaderRange"/> spans the type and the labels.</summary>
public sealed record Block(Identifier Type, ImmutableArray<BlockLabel> Labels, Body Body, SourceRange Range) : BodyItem(Range)
{
    /// <remarks>
    /// From the start of the block to the end of its last label. In JSON syntax the block starts at its innermost
    /// key (<c>"b": {</c>), which is where a finding on the block belongs, not at the distant <c>"resource"</c> key.
    /// </remarks>
    public SourceRange HeaderRange => new(Range.File, new TextSpan(Range.Start, Math.Max(Range.Start, (Labels.IsEmpty ? Type.Range : Labels[^1].Range).End)));
}
