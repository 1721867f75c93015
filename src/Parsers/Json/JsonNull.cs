using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

public sealed class JsonNull(SourceRange range) : JsonNode(range)
{
    public override JsonNodeKind Kind => JsonNodeKind.Null;

    public override Value ToValue() => new NullValue(Range);
}
