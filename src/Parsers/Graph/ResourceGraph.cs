using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>The common resource graph: what every front end produces and every policy reads.</summary>
public sealed record ResourceGraph
{
    public static readonly ResourceGraph Empty = new();

    public ImmutableArray<Resource> Resources { get; init; } = [];

    public ImmutableArray<ModuleInstance> Modules { get; init; } = [];

    public ImmutableArray<ProviderConfig> Providers { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Every file that was read, parsed or not.</summary>
    public ImmutableArray<SourceFile> Files { get; init; } = [];

    /// <summary>Files and directories the scan left out and why (ignored, tool caches, not templates), for <c>--verbose</c>.</summary>
    public ImmutableArray<SkippedPath> Skipped { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public ResourceGraph Merge(ResourceGraph other) => new()
    {
        Resources = Resources.AddRange(other.Resources),
        Modules = Modules.AddRange(other.Modules),
        Providers = Providers.AddRange(other.Providers),
        Diagnostics = Diagnostics.AddRange(other.Diagnostics),
        Files = Files.AddRange(other.Files),
        Skipped = [.. Skipped.Concat(other.Skipped).Distinct()],
    };
}
