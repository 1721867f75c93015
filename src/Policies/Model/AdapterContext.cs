using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>What adapters read: the graph indexed by resource type, the links between resources, and other models.</summary>
public sealed class AdapterContext
{
    private readonly FrozenDictionary<string, ImmutableArray<Resource>> byType;

    // The first resource at each (root, format, address), in graph order: a plan links thousands of resources.
    private readonly Dictionary<(string Root, SourceFormat Format, string Address), Resource> byAddress = [];

    public AdapterContext(ResourceGraph graph, CloudModel model)
    {
        Graph = graph;
        Model = model;
        byType = graph.Resources.GroupBy(r => r.Type, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        foreach (var resource in graph.Resources)
        {
            byAddress.TryAdd((resource.Root, resource.Format, resource.Address), resource);
        }

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
        byAddress.GetValueOrDefault((near.Root, near.Format, address));
}
