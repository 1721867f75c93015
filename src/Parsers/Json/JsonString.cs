using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// A string: <see cref="Value"/> is decoded; <see cref="Range"/> includes the quotes and <see cref="InnerRange"/>
/// is the raw text between them. When <see cref="HasEscapes"/> is false the raw text is the value, character for
/// character, so offsets inside the value map straight to the file (the HCL JSON syntax relies on this).
/// </summary>
public sealed class JsonString : JsonNode
{
    public JsonString(string value, bool hasEscapes, SourceRange range, SourceRange innerRange)
        : base(range)
    {
        Value = value;
        HasEscapes = hasEscapes;
        InnerRange = innerRange;
    }

    public string Value { get; }

    public bool HasEscapes { get; }

    public SourceRange InnerRange { get; }

    public override JsonNodeKind Kind => JsonNodeKind.String;

    public override Value ToValue() => new StringValue(Value, Range);
}
