using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>A tuple, list or set. Sets keep their elements unique, in a deterministic order.</summary>
public sealed class ListValue(ImmutableArray<Value> items, SourceRange range, SequenceShape shape = SequenceShape.Tuple, ValueOrigin origin = ValueOrigin.Written)
    : Value(range, origin)
{
    public static readonly ListValue Empty = new([], SourceRange.None);

    public ImmutableArray<Value> Items { get; } = items.IsDefault ? [] : items;

    public SequenceShape Shape { get; } = shape;

    public int Count => Items.Length;

    public override ValueKind Kind => ValueKind.List;

    public override ImmutableArray<Value> Elements => Items;

    public override Value At(int index) => index >= 0 && index < Items.Length ? Items[index] : new MissingValue(Range);

    public override Value Get(string key) =>
        int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? At(index) : new MissingValue(Range);

    public override Value WithRange(SourceRange range) => new ListValue(Items, range, Shape, Origin);

    public ListValue WithShape(SequenceShape shape) => new(Items, Range, shape, Origin);
}
