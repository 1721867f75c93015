using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>A <c>module "name" { source = ... }</c> block and what its source resolved to.</summary>
public sealed record ModuleCall
{
    public required string Name { get; init; }

    public required string Source { get; init; }

    /// <summary>The directory the source resolved to, or null when it could not be resolved (a remote source without <c>terraform init</c>).</summary>
    public string? ResolvedDirectory { get; init; }

    public required SourceRange Range { get; init; }
}
