using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Turns JSON values into HCL expressions, per <see cref="JsonAttributeMode"/>. Strings that need the native
/// syntax are parsed over their own characters in the file when they have no escapes, so every range inside
/// maps exactly; with escapes the decoded text is parsed as a file of its own (same path), and only the outer
/// expression points back into the real file.
/// </summary>
internal sealed class JsonExpressionConverter(SourceFile file, INativeSyntax nativeSyntax, DiagnosticBag diagnostics)
{
    public Expression Convert(JsonNode node, JsonAttributeMode mode, string attributeName) => node switch
    {
        JsonString text => mode switch
        {
            JsonAttributeMode.Expression => Template(text),
            JsonAttributeMode.NativeExpression => NativeExpression(text),
            _ => new LiteralExpression(text.ToValue()),
        },
        JsonArray array => new TupleExpression([.. array.Items.Select(item => Convert(item, mode, attributeName))], array.Range),
        JsonObject obj => Object(obj, mode, attributeName),
        _ => Primitive(node, mode, attributeName),
    };

    private Expression Primitive(JsonNode node, JsonAttributeMode mode, string attributeName)
    {
        if (mode == JsonAttributeMode.NativeExpression)
        {
            // Kept as the literal it is, so that the attribute is still there for whoever reports on it.
            diagnostics.Add(DiagnosticCatalog.HclJsonExpectedExpressionString, node.Range, attributeName, JsonValueDescriptions.Describe(node));
        }

        return new LiteralExpression(node.ToValue());
    }

    /// <summary>Object keys are literal strings located at the key (not templates), in source order, duplicates kept.</summary>
    private ObjectExpression Object(JsonObject obj, JsonAttributeMode mode, string attributeName)
    {
        var items = ImmutableArray.CreateBuilder<ObjectItem>(obj.Count);
        foreach (var property in obj.Properties)
        {
            var key = new LiteralExpression(new StringValue(property.Name, property.NameRange));
            items.Add(new ObjectItem(key, Convert(property.Value, mode, attributeName), property.Range));
        }

        return new ObjectExpression(items.MoveToImmutable(), obj.Range);
    }

    /// <summary>
    /// A string as a template. Without <c>${</c> or <c>%{</c> there is nothing to parse (and <c>$${</c> escapes
    /// contain <c>${</c>, so they are parsed). The result is located at the whole string, quotes included, as a
    /// quoted template is in the native syntax.
    /// </summary>
    private Expression Template(JsonString text)
    {
        var value = text.Value;
        if (!value.Contains("${", StringComparison.Ordinal) && !value.Contains("%{", StringComparison.Ordinal))
        {
            return new TemplateExpression([new LiteralExpression(new StringValue(value, text.Range))], text.Range);
        }

        var (source, span) = Inner(text);
        var parsed = nativeSyntax.ParseTemplate(source, span, diagnostics);
        return parsed is LiteralExpression ? parsed : parsed with { Range = text.Range };
    }

    private Expression NativeExpression(JsonString text)
    {
        var (source, span) = Inner(text);
        return nativeSyntax.ParseExpression(source, span, diagnostics);
    }

    private (SourceFile Source, TextSpan Span) Inner(JsonString text) =>
        text.HasEscapes ? (new SourceFile(file.Path, text.Value), new TextSpan(0, text.Value.Length)) : (file, text.InnerRange.Span);
}
