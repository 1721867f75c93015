using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// One <c>"name": value</c> member of an object. A struct, because plan files hold millions of them.
/// <see cref="NameRange"/> includes the quotes.
/// </summary>
public readonly record struct JsonProperty(string Name, SourceRange NameRange, JsonNode Value)
{
    /// <summary>From the opening quote of the name to the end of the value.</summary>
    public SourceRange Range => NameRange.Union(Value.Range);
}
