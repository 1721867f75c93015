using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation;

/// <summary>
/// Reads parameter values from a JSON file in either form the AWS tools use: the CLI's
/// <c>[{"ParameterKey": "Name", "ParameterValue": "value"}]</c> or CodePipeline's <c>{"Parameters": {"Name": "value"}}</c>.
/// A list value is joined with commas, as CloudFormation passes list parameters.
/// </summary>
public static class ParameterFileReader
{
    public static IReadOnlyDictionary<string, string> Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var source = SourceFileReader.Read(path, displayPath, diagnostics);
        if (source is null)
        {
            return values;
        }

        var document = JsonParser.Parse(source, JsonParserOptions.Strict);
        diagnostics.AddRange(document.Diagnostics);
        switch (document.Root)
        {
            case JsonArray list:
                foreach (var item in list.Items)
                {
                    if (item is JsonObject pair && pair["ParameterKey"] is JsonString key && pair["ParameterValue"] is { } value && TextOf(value) is { } text)
                    {
                        values[key.Value] = text;
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticCatalog.CfnParameterFileInvalid, new SourceRange(source, item.Range.Span), "each entry needs a ParameterKey and a ParameterValue");
                    }
                }

                break;
            case JsonObject { } root when root["Parameters"] is JsonObject parameters:
                foreach (var property in parameters.Properties)
                {
                    if (TextOf(property.Value) is { } text)
                    {
                        values[property.Name] = text;
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticCatalog.CfnParameterFileInvalid, property.Range, $"the value of {property.Name} is not a string, number, boolean or list");
                    }
                }

                break;
            case { } other:
                diagnostics.Add(DiagnosticCatalog.CfnParameterFileInvalid, other.Range, "expected [{\"ParameterKey\": .., \"ParameterValue\": ..}] or {\"Parameters\": {..}}");
                break;
        }

        return values;
    }

    private static string? TextOf(JsonNode node) => node switch
    {
        JsonString text => text.Value,
        JsonNumber number => number.RawText,
        JsonBool flag => flag.Value ? "true" : "false",
        JsonArray list when list.Items.All(i => i is JsonString or JsonNumber or JsonBool) => string.Join(',', list.Items.Select(TextOf)),
        _ => null,
    };
}
