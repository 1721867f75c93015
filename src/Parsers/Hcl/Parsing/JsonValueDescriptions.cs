using PolicyScan.Parsers.Json;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>How the JSON syntax's messages name a JSON value ("found an array").</summary>
internal static class JsonValueDescriptions
{
    public static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Bool => "a bool",
        _ => "null",
    };
}
