using System.Collections.Immutable;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>Reads a JSON template with our JSON reader (exact spans, located diagnostics) into the node tree.</summary>
public static class JsonTemplateReader
{
    public static TemplateDocument Read(SourceFile source)
    {
        var document = JsonParser.Parse(source, JsonParserOptions.Strict);
        return new TemplateDocument(source, document.Root is null ? null : Convert(document.Root), document.Diagnostics);
    }

    public static TemplateNode Convert(JsonNode node) => node switch
    {
        JsonObject obj => new TemplateMapping([.. obj.Properties.Select(p => new TemplateEntry(p.Name, p.NameRange, Convert(p.Value)))], obj.Range),
        JsonArray array => new TemplateSequence([.. array.Items.Select(Convert)], array.Range),
        JsonString text => new TemplateScalar(text.Value, TemplateScalarKind.String, text.Range),
        JsonNumber number => new TemplateScalar(number.RawText, TemplateScalarKind.Number, number.Range),
        JsonBool flag => new TemplateScalar(flag.Value ? "true" : "false", TemplateScalarKind.Bool, flag.Range),
        _ => new TemplateScalar(string.Empty, TemplateScalarKind.Null, node.Range),
    };
}
