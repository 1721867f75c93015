namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// What the JSON syntax needs to know about a body that the JSON itself cannot say: which property names are
/// nested blocks (and with how many labels), and how each attribute's value is read. Built once, then only read.
/// </summary>
internal sealed class JsonBodySchema(JsonAttributeMode defaultMode)
{
    private readonly Dictionary<string, JsonAttributeMode> attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonBlockSchema> blocks = new(StringComparer.Ordinal);

    public JsonAttributeMode DefaultMode { get; } = defaultMode;

    /// <summary>The block read for any property name that is not listed: used at the root, where every key is a block type.</summary>
    public JsonBlockSchema? DefaultBlock { get; private set; }

    public JsonBodySchema Attribute(string name, JsonAttributeMode mode)
    {
        attributes[name] = mode;
        return this;
    }

    public JsonBodySchema Block(string type, int labelCount, JsonBodySchema body)
    {
        blocks[type] = new JsonBlockSchema(labelCount, body);
        return this;
    }

    public JsonBodySchema OtherBlocks(int labelCount, JsonBodySchema body)
    {
        DefaultBlock = new JsonBlockSchema(labelCount, body);
        return this;
    }

    public JsonAttributeMode ModeOf(string name) => attributes.TryGetValue(name, out var mode) ? mode : DefaultMode;

    public JsonBlockSchema? BlockOf(string name) => blocks.TryGetValue(name, out var block) ? block : DefaultBlock;
}

/// <summary>A nested block type: how many levels of labels precede its body, and the body's schema.</summary>
internal sealed record JsonBlockSchema(int LabelCount, JsonBodySchema Body);
