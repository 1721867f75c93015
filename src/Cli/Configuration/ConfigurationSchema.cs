using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Cli.Configuration;

/// <summary>
/// The configuration's JSON Schema (schemas/policyscan-config.schema.json, embedded so the binary checks exactly what
/// editors check) and the translation of its errors into located diagnostics that say what to write instead. The
/// library decides what is wrong; the messages are ours, built from the schema and the value, not from its wording.
/// </summary>
internal static class ConfigurationSchema
{
    public const string ResourceName = "PolicyScan.Cli.Configuration.policyscan-config.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonNode Json)> Loaded = new(Load);

    /// <summary>The schema's text, as shipped in the repository.</summary>
    public static string Text
    {
        get
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Every schema error in the document, each at its key or value, in the order they appear in the file.</summary>
    public static IEnumerable<Diagnostic> Validate(YamlJsonDocument document)
    {
        var (schema, json) = Loaded.Value;
        var instance = JsonSerializer.SerializeToElement(document.Root);
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.IsValid || detail.Errors is not { Count: > 0 } errors)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var schemaPointer = Uri.UnescapeDataString(detail.SchemaLocation.Fragment.TrimStart('#'));
            foreach (var keyword in errors.Keys)
            {
                diagnostics.Add(Translate(document, json, pointer, schemaPointer, keyword));
            }
        }

        return diagnostics.Distinct().OrderBy(d => d.Range.Start).ThenBy(d => d.Code, StringComparer.Ordinal);
    }

    private static Diagnostic Translate(YamlJsonDocument document, JsonNode schemaJson, string pointer, string schemaPointer, string keyword)
    {
        // The location names the subschema, or on some keywords the keyword itself.
        if (schemaPointer.EndsWith("/" + keyword, StringComparison.Ordinal))
        {
            schemaPointer = schemaPointer[..^(keyword.Length + 1)];
        }

        var subschema = Navigate(schemaJson, schemaPointer);
        var value = Navigate(document.Root, pointer);
        var name = ConfigurationPaths.Display(pointer);

        // A key that 'additionalProperties: false' refuses; the location may name the refused key after the keyword.
        var additional = schemaPointer.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
        var objectSchema = additional < 0 ? null : schemaPointer[..additional];
        if (objectSchema is not null && Navigate(schemaJson, objectSchema + "/additionalProperties") is JsonValue falseSchema && falseSchema.TryGetValue<bool>(out var allowed) && !allowed)
        {
            var known = (Navigate(schemaJson, objectSchema)?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
            var key = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            var hint = Suggestions.Closest(key, known) is { } suggestion
                ? $" (did you mean '{suggestion}'?)"
                : $"; the keys here are {string.Join(", ", known)}";
            return Diagnostic.Create(DiagnosticCatalog.ConfigurationUnknownKey, document.RangeOf(pointer, atKey: true), key, hint);
        }

        var range = document.RangeOf(pointer);
        switch (keyword)
        {
            case "type":
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationWrongType, range, name, ExpectedType(subschema?["type"]), Describe(value));
            case "required":
                var missing = (subschema?["required"] as JsonArray)?.Select(k => k!.GetValue<string>()).FirstOrDefault(k => value is not JsonObject o || !o.ContainsKey(k)) ?? "?";
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationMissingKey, range, name, missing);
            case "enum":
                var options = (subschema?["enum"] as JsonArray)?.Select(o => o!.ToJsonString().Trim('"')).ToList() ?? [];
                var typed = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString() ?? "null";
                var closest = Suggestions.Closest(typed, options) is { } guess ? $" (did you mean '{guess}'?)" : string.Empty;
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"must be one of {string.Join(", ", options)}, not '{typed}'{closest}");
            case "const":
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"must be {subschema?["const"]?.ToJsonString()}, not {value?.ToJsonString() ?? "empty"}");
            case "minimum":
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"must be at least {subschema?["minimum"]?.ToJsonString()}, not {value?.ToJsonString()}");
            case "maximum":
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"must be at most {subschema?["maximum"]?.ToJsonString()}, not {value?.ToJsonString()}");
            case "minLength":
            case "minItems":
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, "must not be empty");
            case "pattern" when pointer.EndsWith("/expires", StringComparison.Ordinal):
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"must be a date written YYYY-MM-DD, not '{value?.GetValue<string>()}'");
            default:
                return Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidValue, range, name, $"does not satisfy the schema's '{keyword}' at #{schemaPointer}");
        }
    }

    private static string ExpectedType(JsonNode? type) => type switch
    {
        JsonArray types => string.Join(" or ", types.Select(t => TypeName(t!.GetValue<string>()))),
        JsonValue single => TypeName(single.GetValue<string>()),
        _ => "something else",
    };

    private static string TypeName(string jsonType) => jsonType switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "string" => "a string",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        _ => jsonType,
    };

    private static string Describe(JsonNode? value) => value switch
    {
        null => "empty",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"the string '{v.GetValue<string>()}'",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => $"the number {value.ToJsonString()}",
    };

    private static JsonNode? Navigate(JsonNode? node, string pointer)
    {
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < a.Count => a[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static (JsonSchema, JsonNode) Load()
    {
        var text = Text;
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
