using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Reads a <c>.hcl.json</c> input. In HCL's JSON syntax a property is a block or an attribute only according to the
/// schema it is decoded with, so, as Go's hcldec does, the schema comes from the spec: its block specs become block
/// types (with their label counts) and everything else is an attribute. Our public JSON entry points carry
/// Terraform's schema instead; the schema-taking converter behind them is internal, visible to this project.
/// </summary>
internal static class JsonInputParser
{
    public static HclFile Parse(SourceFile file, DecodeSpec rootSpec)
    {
        var document = JsonParser.Parse(file, JsonParserOptions.Strict);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(document.Diagnostics);
        var converter = new JsonBodyConverter(new JsonExpressionConverter(file, HclParser.Syntax, diagnostics), diagnostics);
        var body = document.Root is JsonObject root
            ? converter.ConvertBody(root, SchemaOf(rootSpec))
            : new Body([], new SourceRange(file, new TextSpan(0, file.Text.Length)));
        if (document.Root is { } other and not JsonObject)
        {
            diagnostics.Add(DiagnosticCatalog.HclJsonRootNotObject, other.Range, JsonValueDescriptions.Describe(other));
        }

        return new HclFile(file, body, converter.Comments, diagnostics.ToImmutable());
    }

    private static JsonBodySchema SchemaOf(DecodeSpec spec)
    {
        var schema = new JsonBodySchema(JsonAttributeMode.Expression);
        foreach (var (type, block) in ImpliedSchema.Of(spec).Blocks)
        {
            schema.Block(type, block.LabelCount, block.Nested is null ? new JsonBodySchema(JsonAttributeMode.Expression) : SchemaOf(block.Nested));
        }

        return schema;
    }
}
