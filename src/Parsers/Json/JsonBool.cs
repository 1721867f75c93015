using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

public sealed class JsonBool(bool value, SourceRange range) : JsonNode(range)
{
    public bool Value { get; } = value;

    public override JsonNodeKind Kind => JsonNodeKind.Bool;

    public override Value ToValue() => new BoolValue(Value, Range);
}
