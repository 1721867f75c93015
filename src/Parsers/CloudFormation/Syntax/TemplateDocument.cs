using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>One file read into a node tree: the root (null when nothing could be read) and the syntax diagnostics.</summary>
public sealed record TemplateDocument(SourceFile Source, TemplateNode? Root, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
