namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// What a spec expects to find in one body (Go's <c>hcldec.ImpliedSchema</c>): the attributes its <c>attr</c> specs
/// read and the block types its block specs read, gathered through the specs that describe the same body
/// (object, array, default, transform) but not into blocks' own bodies. Whatever else the body holds is an error.
/// </summary>
internal sealed class ImpliedSchema
{
    private readonly Dictionary<string, bool> attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlockSchema> blocks = new(StringComparer.Ordinal);

    private ImpliedSchema()
    {
    }

    /// <summary>Expected attribute names, each with whether it is required.</summary>
    public IReadOnlyDictionary<string, bool> Attributes => attributes;

    public IReadOnlyDictionary<string, BlockSchema> Blocks => blocks;

    public static ImpliedSchema Of(DecodeSpec spec)
    {
        var schema = new ImpliedSchema();
        schema.Visit(spec);
        return schema;
    }

    private void Visit(DecodeSpec spec)
    {
        switch (spec)
        {
            case ObjectSpec obj:
                foreach (var (_, property) in obj.Properties)
                {
                    Visit(property);
                }

                break;
            case ArraySpec array:
                foreach (var element in array.Elements)
                {
                    Visit(element);
                }

                break;
            case AttributeSpec attribute:
                attributes[attribute.Name] = (attributes.TryGetValue(attribute.Name, out var required) && required) || attribute.Required;
                break;
            case BlockSpec block:
                blocks[block.BlockType] = new BlockSchema(0, block.Nested);
                break;
            case BlockListSpec list:
                blocks[list.BlockType] = new BlockSchema(0, list.Nested);
                break;
            case BlockMapSpec map:
                blocks[map.BlockType] = new BlockSchema(map.LabelNames.Length, map.Nested);
                break;
            case BlockAttributesSpec attributesBlock:
                blocks[attributesBlock.BlockType] = new BlockSchema(0, Nested: null);
                break;
            case DefaultSpec defaulted:
                Visit(defaulted.Primary);
                Visit(defaulted.Fallback);
                break;
            case TransformSpec transform:
                Visit(transform.Wrapped);
                break;
            case LiteralSpec:
                break;
        }
    }
}

/// <summary>An expected block type: how many labels its blocks carry, and the spec of their bodies (none for block_attrs).</summary>
internal sealed record BlockSchema(int LabelCount, DecodeSpec? Nested);
