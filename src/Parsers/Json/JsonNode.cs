using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// An immutable JSON value with the exact range it was written at (a string's range includes its quotes).
/// The set of node types is closed: <see cref="JsonObject"/>, <see cref="JsonArray"/>, <see cref="JsonString"/>,
/// <see cref="JsonNumber"/>, <see cref="JsonBool"/>, <see cref="JsonNull"/>.
/// </summary>
public abstract class JsonNode
{
    private protected JsonNode(SourceRange range)
    {
        Range = range;
    }

    public SourceRange Range { get; }

    public abstract JsonNodeKind Kind { get; }

    /// <summary>
    /// The value in the resource graph's model, every value located at its node: objects become
    /// <see cref="MapValue"/> (object shape; a later duplicate name wins), arrays tuple <see cref="ListValue"/>s,
    /// and a number that does not fit <see cref="decimal"/> an <see cref="UnknownValue"/>.
    /// </summary>
    public abstract Value ToValue();
}
