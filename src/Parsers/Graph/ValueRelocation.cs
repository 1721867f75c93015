using System.Collections.Immutable;

using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// A value that flows into an attribute from elsewhere (a variable default, a local, a module input) is located
/// at the attribute that uses it: that is the line a finding must point at. Parts written inside the attribute's
/// own expression keep their exact ranges.
/// </summary>
public static class ValueRelocation
{
    public static Value Into(Value value, SourceRange target)
    {
        if (target.IsNone)
        {
            return value;
        }

        if (!target.Contains(value.Range))
        {
            return Deep(value, target);
        }

        return value switch
        {
            ListValue list when list.Items.Any(i => !target.Contains(i.Range) || i is ListValue or MapValue) =>
                new ListValue([.. list.Items.Select(i => Into(i, target))], list.Range, list.Shape, list.Origin),
            MapValue map when map.Entries.Any(e => !target.Contains(e.Value.Range) || e.Value is ListValue or MapValue) =>
                new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Into(e.Value, target))), map.Range, map.Shape, map.Origin) { ComputedFrom = map.ComputedFrom },
            _ => value,
        };
    }

    private static Value Deep(Value value, SourceRange target) => value switch
    {
        ListValue list => new ListValue(ImmutableArray.CreateRange(list.Items, i => Deep(i, target)), target, list.Shape, list.Origin),
        MapValue map => new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Deep(e.Value, target))), target, map.Shape, map.Origin) { ComputedFrom = map.ComputedFrom },
        _ => value.WithRange(target),
    };
}
