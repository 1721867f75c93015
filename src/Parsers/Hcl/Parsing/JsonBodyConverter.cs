using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;
using HclAttribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Turns JSON objects into HCL bodies following a <see cref="JsonBodySchema"/>: block properties expand through
/// their label levels (objects, or arrays of objects, whose property names are the labels) into one
/// <see cref="Block"/> per body object; other properties become attributes; <c>"//"</c> properties are comments.
/// </summary>
internal sealed class JsonBodyConverter(JsonExpressionConverter expressions, DiagnosticBag diagnostics)
{
    private const string CommentName = "//";

    private readonly ImmutableArray<Comment>.Builder comments = ImmutableArray.CreateBuilder<Comment>();

    /// <summary>The <c>"//"</c> properties met so far, in source order.</summary>
    public ImmutableArray<Comment> Comments => [.. comments.OrderBy(c => c.Range.Start)];

    public Body ConvertBody(JsonObject obj, JsonBodySchema schema)
    {
        var items = ImmutableArray.CreateBuilder<BodyItem>(obj.Count);
        foreach (var property in obj.Properties)
        {
            if (property.Name == CommentName)
            {
                AddComment(property);
            }
            else if (schema.BlockOf(property.Name) is { } block)
            {
                var type = new Identifier(property.Name, property.NameRange);
                ExpandBlocks(type, [], block, property.NameRange, property.Value, items);
            }
            else
            {
                var name = new Identifier(property.Name, property.NameRange);
                var expression = expressions.Convert(property.Value, schema.ModeOf(property.Name), property.Name);
                items.Add(new HclAttribute(name, expression, property.Range));
            }
        }

        return new Body(items.ToImmutable(), obj.Range);
    }

    /// <summary>
    /// Reads one level of a block: a label level (an object, or an array of objects, whose property names are the
    /// next label) or, once every label is read, the body (an object, or an array of objects for several blocks
    /// with the same labels). A block written directly as <c>"key": { ... }</c> spans from its innermost key (the
    /// type, or the last label) to the end of the body; one written as an element of an array spans its object,
    /// so that two blocks never share a start.
    /// </summary>
    private void ExpandBlocks(Identifier type, ImmutableArray<BlockLabel> labels, JsonBlockSchema schema, SourceRange keyRange, JsonNode value, ImmutableArray<BodyItem>.Builder items)
    {
        if (labels.Length < schema.LabelCount)
        {
            foreach (var level in ObjectsOf(value, type, schema))
            {
                foreach (var property in level.Properties)
                {
                    if (property.Name == CommentName)
                    {
                        AddComment(property);
                        continue;
                    }

                    ExpandBlocks(type, labels.Add(new BlockLabel(property.Name, property.NameRange)), schema, property.NameRange, property.Value, items);
                }
            }

            return;
        }

        switch (value)
        {
            case JsonObject body:
                items.Add(new Block(type, labels, ConvertBody(body, schema.Body), keyRange.Union(body.Range)));
                break;
            case JsonArray array:
                foreach (var element in array.Items)
                {
                    if (element is JsonObject elementBody)
                    {
                        items.Add(new Block(type, labels, ConvertBody(elementBody, schema.Body), elementBody.Range));
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticCatalog.HclJsonBlockNotObject, element.Range, type.Name, JsonValueDescriptions.Describe(element));
                    }
                }

                break;
            default:
                diagnostics.Add(DiagnosticCatalog.HclJsonBlockNotObject, value.Range, type.Name, JsonValueDescriptions.Describe(value));
                break;
        }
    }

    /// <summary>The objects of a label level: the object itself, or each object of an array; anything else is reported and skipped.</summary>
    private IEnumerable<JsonObject> ObjectsOf(JsonNode value, Identifier type, JsonBlockSchema schema)
    {
        var nodes = value is JsonArray array ? array.Items : [value];
        foreach (var node in nodes)
        {
            if (node is JsonObject obj)
            {
                yield return obj;
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.HclJsonLabelsNotObject, node.Range, type.Name, schema.LabelCount, JsonValueDescriptions.Describe(node));
            }
        }
    }

    /// <summary>
    /// A <c>"//"</c> property is the JSON syntax's comment. Its text is given as a native line comment would be
    /// (<c>// text</c>), so that suppressions read the same in both syntaxes; a non-string comment keeps its source text.
    /// </summary>
    private void AddComment(JsonProperty property)
    {
        var text = property.Value is JsonString comment ? "// " + comment.Value : "// " + property.Value.Range.Text;
        comments.Add(new Comment(text, property.Range));
    }
}
