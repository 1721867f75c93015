using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

public sealed class JsonArray : JsonNode
{
    public JsonArray(ImmutableArray<JsonNode> items, SourceRange range)
        : base(range)
    {
        Items = items.IsDefault ? [] : items;
    }

    public ImmutableArray<JsonNode> Items { get; }

    public int Count => Items.Length;

    public JsonNode this[int index] => Items[index];

    public override JsonNodeKind Kind => JsonNodeKind.Array;

    public override Value ToValue()
    {
        var builder = ImmutableArray.CreateBuilder<Value>(Items.Length);
        foreach (var item in Items)
        {
            builder.Add(item.ToValue());
        }

        return new ListValue(builder.MoveToImmutable(), Range, SequenceShape.Tuple);
    }
}
