using System.Collections.Immutable;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>The small JSON tree the policy document is rendered into before it is written as text.</summary>
internal abstract class JsonNode;

internal sealed class JsonText(string value) : JsonNode
{
    public string Value { get; } = value;
}

internal sealed class JsonArray(ImmutableArray<JsonNode> items) : JsonNode
{
    public ImmutableArray<JsonNode> Items { get; } = items;
}

/// <summary>An object whose properties are written in the order given.</summary>
internal sealed class JsonObject(ImmutableArray<KeyValuePair<string, JsonNode>> properties) : JsonNode
{
    public ImmutableArray<KeyValuePair<string, JsonNode>> Properties { get; } = properties;
}
