using System.Collections.Immutable;
using System.Text;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// The resource graph as something to draw, shared by the DOT and Mermaid writers: one node per resource (grouped by
/// the root module or template it was evaluated under), one edge per pair of resources that reference each other (labelled with the attributes), and each
/// node's verdict from the policies (the highest failed severity, else unknown, else clean). Ordered by root and address,
/// so the same graph gives the same drawing.
/// </summary>
internal sealed record GraphDrawing(ImmutableArray<GraphDrawing.Cluster> Clusters, ImmutableArray<GraphDrawing.Edge> Edges)
{
    /// <param name="Label">The root module directory or template path.</param>
    public sealed record Cluster(string Id, string Label, ImmutableArray<Node> Nodes);

    /// <param name="Id">Letters, digits and underscores only, unique in the drawing; derived from the address.</param>
    /// <param name="Failed">The highest severity of the node's failed findings, or null.</param>
    /// <param name="Unknown">Some policy could not decide on the node (and none failed).</param>
    public sealed record Node(string Id, string Address, string Type, Severity? Failed, bool Unknown);

    public sealed record Edge(string From, string To, string Label);

    public static GraphDrawing Of(ResourceGraph graph, IEnumerable<Finding> findings)
    {
        var verdicts = findings
            .Where(f => f.Status is ResultStatus.Failed or ResultStatus.Unknown)
            .GroupBy(f => Key(f.Resource))
            .ToDictionary(g => g.Key, g => (
                Failed: g.Where(f => f.Status == ResultStatus.Failed).Select(f => (Severity?)f.Severity).Max(),
                Unknown: g.Any(f => f.Status == ResultStatus.Unknown)));

        var ordered = graph.Resources
            .DistinctBy(Key)
            .OrderBy(r => RootOf(r), StringComparer.Ordinal)
            .ThenBy(r => r.Address, StringComparer.Ordinal)
            .ToList();
        var ids = new Dictionary<(string, string), string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in ordered)
        {
            // The address alone reads best; the same address under a second root gets a numbered suffix.
            ids[Key(resource)] = UniqueId(Sanitize(resource.Address), used);
        }

        var clusters = ordered.GroupBy(RootOf, StringComparer.Ordinal).Select((group, index) => new Cluster(
            $"cluster_{index + 1}",
            group.Key,
            [.. group.Select(r =>
            {
                var verdict = verdicts.GetValueOrDefault(Key(r));
                return new Node(ids[Key(r)], r.Address, r.Type, verdict.Failed, verdict.Failed is null && verdict.Unknown);
            })]));

        var byRoot = ordered.ToLookup(RootOf, StringComparer.Ordinal);
        var edges = new List<(string From, string To, string Attribute)>();
        foreach (var resource in ordered)
        {
            foreach (var reference in resource.References)
            {
                foreach (var target in Targets(resource, reference.Target.Address, byRoot[RootOf(resource)]))
                {
                    edges.Add((ids[Key(resource)], ids[Key(target)], reference.FromPath));
                }
            }
        }

        // One edge per pair of resources, labelled with every attribute that makes the reference.
        var merged = edges
            .GroupBy(e => (e.From, e.To))
            .Select(g => new Edge(g.Key.From, g.Key.To, string.Join(", ", g.Select(e => e.Attribute).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
            .OrderBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal);
        return new GraphDrawing([.. clusters], [.. merged]);
    }

    /// <summary>
    /// The resources a reference names, in the same root: the address itself, or, from inside a module, the address
    /// within that module; a reference to a resource with <c>count</c> or <c>for_each</c> reaches every instance.
    /// </summary>
    private static IEnumerable<Resource> Targets(Resource from, string address, IEnumerable<Resource> candidates)
    {
        var inModule = from.ModuleAddress.Length == 0 ? address : $"{from.ModuleAddress}.{address}";
        var exact = candidates.Where(r => r.Address == inModule || r.Address == address).ToList();
        return exact.Count > 0
            ? exact
            : candidates.Where(r => r.Address.StartsWith(inModule + "[", StringComparison.Ordinal));
    }

    private static (string Root, string Address) Key(Resource resource) => (RootOf(resource), resource.Address);

    private static string RootOf(Resource resource) => resource.Root.Length > 0 ? resource.Root : resource.Range.File?.Path ?? string.Empty;

    /// <summary>Every character but ASCII letters and digits becomes an underscore; an id never starts with a digit.</summary>
    private static string Sanitize(string text)
    {
        var builder = new StringBuilder("r_", text.Length + 2);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = $"{id}_{suffix}";
        }

        return candidate;
    }
}
