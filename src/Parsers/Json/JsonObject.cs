using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// A JSON object. Properties keep their source order and every duplicate (the HCL JSON syntax gives duplicates a
/// meaning, CloudFormation and ARM treat them as errors); lookups by name return the last one, as most JSON
/// readers do.
/// </summary>
public sealed class JsonObject : JsonNode
{
    // Small objects are searched from the end; larger ones get an index of the last position of each name,
    // built on first lookup (a benign race: every thread builds the same index).
    private const int IndexThreshold = 12;

    private Dictionary<string, int>? lastIndexByName;

    public JsonObject(ImmutableArray<JsonProperty> properties, SourceRange range)
        : base(range)
    {
        Properties = properties.IsDefault ? [] : properties;
    }

    public ImmutableArray<JsonProperty> Properties { get; }

    public int Count => Properties.Length;

    public override JsonNodeKind Kind => JsonNodeKind.Object;

    /// <summary>The value of the last property with this name, or null.</summary>
    public JsonNode? this[string name] => TryGetProperty(name, out var property) ? property.Value : null;

    /// <summary>Finds the last property with this name.</summary>
    public bool TryGetProperty(string name, out JsonProperty property)
    {
        var index = LastIndexOf(name);
        property = index >= 0 ? Properties[index] : default;
        return index >= 0;
    }

    /// <summary>Every property with this name, in source order.</summary>
    public IEnumerable<JsonProperty> PropertiesNamed(string name) => Properties.Where(p => p.Name == name);

    public bool ContainsName(string name) => LastIndexOf(name) >= 0;

    public override Value ToValue() =>
        new MapValue(Properties.Select(p => new KeyValuePair<string, Value>(p.Name, p.Value.ToValue())), Range, MappingShape.Object);

    private int LastIndexOf(string name)
    {
        var properties = Properties;
        if (properties.Length <= IndexThreshold)
        {
            for (var i = properties.Length - 1; i >= 0; i--)
            {
                if (properties[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        var index = lastIndexByName;
        if (index is null)
        {
            index = new Dictionary<string, int>(properties.Length, StringComparer.Ordinal);
            for (var i = 0; i < properties.Length; i++)
            {
                index[properties[i].Name] = i;
            }

            lastIndexByName = index;
        }

        return index.TryGetValue(name, out var found) ? found : -1;
    }
}
