using System.Collections.Concurrent;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>
/// Links split resources to the resource they configure: an <c>aws_s3_bucket_public_access_block</c> to its bucket,
/// an <c>aws_flow_log</c> to its VPC. A link is a reference (<c>bucket = aws_s3_bucket.b.id</c>, through locals and
/// module outputs too) or a known identifier written literally (<c>bucket = "phi-exports"</c>). Only resources of the
/// same root module and format are linked. Each (type, attribute) pair is indexed once, so linking stays linear in the
/// size of the graph.
/// </summary>
public sealed class ResourceLinks(AdapterContext context)
{
    private readonly ConcurrentDictionary<(string Type, string Path), Lazy<LinkIndex>> indexes = new();

    /// <summary>
    /// Resources of <paramref name="linkType"/> whose attribute <paramref name="attributePath"/> refers to
    /// <paramref name="target"/>, by reference or by one of <paramref name="identifiers"/> (its known name, id or ARN).
    /// </summary>
    public IEnumerable<Resource> To(Resource target, string linkType, string attributePath, params Value[] identifiers)
    {
        var index = indexes.GetOrAdd((linkType, attributePath), key => new Lazy<LinkIndex>(() => LinkIndex.Build(context.Resources(key.Type), key.Path))).Value;
        var found = new List<Resource>();
        if (index.ByReference.TryGetValue((target.Root, target.Format, target.Address), out var referencing))
        {
            found.AddRange(referencing);
        }

        foreach (var identifier in identifiers)
        {
            if (identifier.AsString() is { } literal && index.ByLiteral.TryGetValue((target.Root, target.Format, literal), out var named))
            {
                found.AddRange(named);
            }
        }

        // Graph order, each once, whatever way it was found.
        return found.Distinct().OrderBy(r => index.Order[r]);
    }

    /// <summary>Whether a value is, or contains, an unknown that comes from <paramref name="address"/>.</summary>
    public static bool RefersTo(Value value, string address) => value switch
    {
        UnknownValue unknown => unknown.References.Any(r => r.Address == address),
        ListValue list => list.Items.Any(i => RefersTo(i, address)),
        _ => false,
    };

    /// <summary>
    /// The resources and data sources (of a type) an attribute value refers to, in the same root and format as
    /// <paramref name="from"/>; callers filter on <see cref="Resource.Mode"/> where it matters (a policy looked up by
    /// <c>data.aws_iam_policy</c> is still the policy it names).
    /// </summary>
    public IEnumerable<Resource> Targets(Resource from, Value value, string targetType) =>
        (value is UnknownValue unknown ? unknown.References : [])
            .Select(r => context.Find(from, r.Address))
            .Where(r => r is not null && r.Type == targetType)
            .Select(r => r!)
            .Distinct();

    private sealed class LinkIndex
    {
        public Dictionary<(string Root, SourceFormat Format, string Address), List<Resource>> ByReference { get; } = [];

        public Dictionary<(string Root, SourceFormat Format, string Literal), List<Resource>> ByLiteral { get; } = [];

        public Dictionary<Resource, int> Order { get; } = new(ReferenceEqualityComparer.Instance);

        public static LinkIndex Build(IEnumerable<Resource> candidates, string path)
        {
            var index = new LinkIndex();
            foreach (var candidate in candidates)
            {
                index.Order[candidate] = index.Order.Count;
                var value = candidate.Attributes.GetPath(path);
                foreach (var address in ReferencedAddresses(value).Distinct())
                {
                    Add(index.ByReference, (candidate.Root, candidate.Format, address), candidate);
                }

                if (value.AsString() is { } literal)
                {
                    Add(index.ByLiteral, (candidate.Root, candidate.Format, literal), candidate);
                }
            }

            return index;
        }

        private static IEnumerable<string> ReferencedAddresses(Value value) => value switch
        {
            UnknownValue unknown => unknown.References.Select(r => r.Address),
            ListValue list => list.Items.SelectMany(ReferencedAddresses),
            _ => [],
        };

        private static void Add<TKey>(Dictionary<TKey, List<Resource>> map, TKey key, Resource resource)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(resource);
        }
    }
}
