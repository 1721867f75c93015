using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// An object or map. Keys are kept sorted by ordinal order, as HCL iterates them, which also makes every
/// output deterministic. Lookup is a binary search.
/// </summary>
public sealed class MapValue : Value
{
    public static readonly MapValue Empty = new([], SourceRange.None);

    private readonly ImmutableArray<KeyValuePair<string, Value>> entries;

    private MapValue(ImmutableArray<KeyValuePair<string, Value>> sortedEntries, SourceRange range, MappingShape shape, ValueOrigin origin, bool _)
        : base(range, origin)
    {
        entries = sortedEntries;
        Shape = shape;
    }

    /// <summary>Builds a map; a later duplicate key replaces an earlier one.</summary>
    public MapValue(IEnumerable<KeyValuePair<string, Value>> entries, SourceRange range, MappingShape shape = MappingShape.Object, ValueOrigin origin = ValueOrigin.Written)
        : this(Normalize(entries), range, shape, origin, false)
    {
    }

    public ImmutableArray<KeyValuePair<string, Value>> Entries => entries;

    /// <summary>
    /// Set on the object that stands for a resource instance: an attribute the configuration does not set (or sets
    /// to null) is computed by the provider, so reading it gives an unknown value that refers to this address.
    /// </summary>
    public ReferenceTarget? ComputedFrom { get; init; }

    public MappingShape Shape { get; }

    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public override ValueKind Kind => ValueKind.Map;

    public override ImmutableArray<Value> Elements => [.. entries.Select(e => e.Value)];

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out Value value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? entries[index].Value : new MissingValue(Range);
        return index >= 0;
    }

    public override Value Get(string key)
    {
        if ((TryGetValue(key, out var value) && value is not NullValue) || ComputedFrom is null)
        {
            return value;
        }

        return ComputedAttribute(key);
    }

    /// <summary>The unknown value of an attribute that the provider computes.</summary>
    public UnknownValue ComputedAttribute(string key) =>
        new($"{ComputedFrom!.Address}.{key} is known only after apply", Range, [new ReferenceTarget(ComputedFrom.Address, key)]);

    public override Value WithRange(SourceRange range) => new MapValue(entries, range, Shape, Origin, false) { ComputedFrom = ComputedFrom };

    public MapValue WithShape(MappingShape shape) => new(entries, Range, shape, Origin, false) { ComputedFrom = ComputedFrom };

    public MapValue SetItem(string key, Value value)
    {
        var list = entries.ToList();
        var index = IndexOf(key);
        if (index >= 0)
        {
            list[index] = new(key, value);
            return new MapValue([.. list], Range, Shape, Origin, false) { ComputedFrom = ComputedFrom };
        }

        list.Insert(~index, new(key, value));
        return new MapValue([.. list], Range, Shape, Origin, false) { ComputedFrom = ComputedFrom };
    }

    private int IndexOf(string key)
    {
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var comparison = string.CompareOrdinal(entries[mid].Key, key);
            if (comparison == 0)
            {
                return mid;
            }

            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    private static ImmutableArray<KeyValuePair<string, Value>> Normalize(IEnumerable<KeyValuePair<string, Value>> entries)
    {
        var list = new List<KeyValuePair<string, Value>>(entries);
        if (list.Count <= 1)
        {
            return [.. list];
        }

        // A stable sort keeps the last duplicate last, so the loop below keeps it.
        var indexed = list.Select((entry, position) => (entry, position)).ToList();
        indexed.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.entry.Key, b.entry.Key);
            return c != 0 ? c : a.position.CompareTo(b.position);
        });
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, Value>>(indexed.Count);
        foreach (var (entry, _) in indexed)
        {
            if (builder.Count > 0 && builder[^1].Key == entry.Key)
            {
                builder[^1] = entry;
            }
            else
            {
                builder.Add(entry);
            }
        }

        return builder.ToImmutable();
    }
}
