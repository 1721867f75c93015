using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A parsed HCL file (native or JSON syntax): its body, its comments and what went wrong.</summary>
public sealed record HclFile(SourceFile Source, Body Body, ImmutableArray<Comment> Comments, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
