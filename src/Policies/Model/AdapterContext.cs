using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>What adapters read: the graph indexed by resource type, the links between resources, and other models.</summary>
public sealed class AdapterContext
{
    private readonly FrozenDictionary<string, ImmutableArray<Resource>> byType;

    public AdapterContext(ResourceGraph graph, CloudModel model)
    {
        Graph = graph;
        Model = model;
        byType = graph.Resources.GroupBy(r => r.Type, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Links = new ResourceLinks(this);
    }

    public ResourceGraph Graph { get; }

    public CloudModel Model { get; }

    public ResourceLinks Links { get; }

    /// <summary>The managed resources (not data sources) of a type, in graph order.</summary>
    public IEnumerable<Resource> Resources(string type) =>
        byType.TryGetValue(type, out var resources) ? resources.Where(r => r.Mode == ResourceMode.Managed) : [];

    /// <summary>The data sources of a type, in graph order.</summary>
    public IEnumerable<Resource> DataSources(string type) =>
        byType.TryGetValue(type, out var resources) ? resources.Where(r => r.Mode == ResourceMode.Data) : [];

    /// <summary>Resources of any of the given types.</summary>
    public IEnumerable<Resource> Resources(params string[] types) => types.SelectMany(Resources);

    /// <summary>The resource at an address in the same root (and format) as <paramref name="near"/>.</summary>
    public Resource? Find(Resource near, string address) =>
        Graph.Resources.FirstOrDefault(r => r.Address == address && r.Root == near.Root && r.Format == near.Format);
}
