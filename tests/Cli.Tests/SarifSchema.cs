using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PolicyScan.Cli.Tests;

/// <summary>
/// The official SARIF 2.1.0 schema from the shared folder (<c>POLICYSCAN_SHARED</c>/schemas), for validating our logs.
/// Where the variable is absent, the calling test reports itself skipped with the reason (CI sets it and fails on skips).
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => Load(SchemaPath));

    /// <summary>The schema's complaints about <paramref name="sarif"/>, one line each (instance path: message); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string sarif)
    {
        _ = SchemaPath;
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(sarif);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid, with no detail")];
    }

    /// <summary>The schema file; marks the calling test skipped when the shared folder is not there.</summary>
    private static string SchemaPath
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("POLICYSCAN_SHARED");
            var path = string.IsNullOrEmpty(shared) ? string.Empty : Path.Combine(shared, "schemas", "sarif-schema-2.1.0.json");
            if (!File.Exists(path))
            {
                Assert.Ignore("POLICYSCAN_SHARED is not set to the shared folder (../shared) holding schemas/sarif-schema-2.1.0.json; .ci/run sets it.");
            }

            return path;
        }
    }

    /// <summary>
    /// The schema is written in draft-04, which JsonSchema.Net does not read; it is evaluated as draft-07. The two drafts
    /// judge this schema alike: it uses no boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> (the draft-04 form),
    /// and its root <c>id</c> is dropped, every <c>$ref</c> being local (<c>#/definitions/...</c>); given as
    /// <c>$id</c> it makes JsonSchema.Net 8.0.5 throw "Overwriting registered schemas is not permitted".
    /// </summary>
    private static JsonSchema Load(string path)
    {
        var text = File.ReadAllText(path);
        if (text.Contains("\"exclusiveMinimum\"", StringComparison.Ordinal) || text.Contains("\"exclusiveMaximum\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the SARIF schema uses draft-04's exclusive bounds, which draft-07 reads differently");
        }

        var root = JsonNode.Parse(text)!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root.Remove("id");

        return JsonSchema.FromText(root.ToJsonString());
    }
}
