using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// The plan's <c>configuration</c> section, indexed: each resource's configuration (its expressions, which name the
/// resources they reference, and its provider configuration key) by module path and local address, and the provider
/// configurations. Values in expressions are only constants or references; the planned values hold the results.
/// </summary>
internal sealed class PlanConfiguration
{
    private readonly Dictionary<(string ModulePath, string LocalAddress), JsonObject> resources = [];
    private readonly Dictionary<string, JsonObject> providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> moduleCalls = new(StringComparer.Ordinal);
    private readonly JsonObject? variables;

    private PlanConfiguration(JsonObject? variables)
    {
        this.variables = variables;
    }

    public static PlanConfiguration Read(JsonObject plan)
    {
        var configuration = new PlanConfiguration(plan["variables"] as JsonObject);
        if (plan["configuration"] is JsonObject section)
        {
            if (section["provider_config"] is JsonObject providers)
            {
                foreach (var provider in providers.Properties)
                {
                    if (provider.Value is JsonObject declaration)
                    {
                        configuration.providers[provider.Name] = declaration;
                    }
                }
            }

            configuration.AddModule(section["root_module"] as JsonObject, string.Empty);
        }

        return configuration;
    }

    public JsonObject? Resource(string modulePath, string localAddress) =>
        resources.TryGetValue((modulePath, localAddress), out var resource) ? resource : null;

    /// <summary>
    /// The references of the expression a module call gives its input <paramref name="variable"/>, as written in the
    /// calling module (<c>aws_s3_bucket.this.id</c>), so a reference to <c>var.bucket</c> inside the module can be followed.
    /// </summary>
    public ImmutableArray<string> ModuleInputReferences(string modulePath, string variable) =>
        moduleCalls.TryGetValue(modulePath, out var call) && (call["expressions"] as JsonObject)?[variable] is { } expression
            ? [.. ExpressionReferences(new JsonObject([new JsonProperty("expressions", default, expression)], expression.Range)).SelectMany(e => e.References)]
            : [];

    /// <summary>
    /// The references of each expression of a resource's configuration by attribute path (<c>bucket</c>,
    /// <c>rule.0.apply_server_side_encryption_by_default.0.kms_master_key_id</c>), as written (<c>aws_kms_key.k.arn</c>).
    /// </summary>
    public static ImmutableArray<(string Path, ImmutableArray<string> References)> ExpressionReferences(JsonObject? resource)
    {
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        void Walk(JsonNode? expressions, string path)
        {
            switch (expressions)
            {
                case JsonObject map when map["references"] is JsonArray references:
                    result.Add((path, [.. references.Items.OfType<JsonString>().Select(r => r.Value)]));
                    break;
                case JsonObject map when !map.ContainsName("constant_value"):
                    foreach (var property in map.Properties)
                    {
                        Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                    }

                    break;
                case JsonArray blocks:
                    for (var i = 0; i < blocks.Count; i++)
                    {
                        Walk(blocks[i], $"{path}.{i}");
                    }

                    break;
            }
        }

        Walk(resource?["expressions"], string.Empty);
        return result.ToImmutable();
    }

    /// <summary>
    /// The provider configuration a resource uses, with the constant values of its arguments (and root variables the
    /// plan gives values for); other expressions are unknown. Null when the plan has no configuration for it.
    /// </summary>
    public ProviderConfig? Provider(string? key)
    {
        if (key is null || !providers.TryGetValue(key, out var declaration))
        {
            return null;
        }

        var name = (declaration["name"] as JsonString)?.Value ?? key;
        var moduleAddress = (declaration["module_address"] as JsonString)?.Value ?? string.Empty;
        return new ProviderConfig
        {
            Name = name,
            Alias = (declaration["alias"] as JsonString)?.Value,
            ModuleAddress = moduleAddress,
            Attributes = declaration["expressions"] is JsonObject expressions ? (MapValue)ExpressionValue(expressions, moduleAddress.Length == 0) : new MapValue([], declaration.Range),
            Range = declaration.Range,
        };
    }

    /// <summary>The value of a configuration expression map: constants as written, a lone root variable by its value, else unknown.</summary>
    private Value ExpressionValue(JsonNode node, bool isRoot)
    {
        switch (node)
        {
            case JsonObject expression when expression.TryGetProperty("constant_value", out var constant):
                return constant.Value.ToValue();
            case JsonObject expression when expression["references"] is JsonArray references:
                var names = references.Items.OfType<JsonString>().Select(r => r.Value).ToList();
                if (isRoot && names is [var only] && only.StartsWith("var.", StringComparison.Ordinal)
                    && (variables?[only[4..]] as JsonObject)?["value"] is { } given)
                {
                    return given.ToValue().WithRange(expression.Range);
                }

                return new UnknownValue($"computed from {string.Join(", ", names)}", expression.Range);
            case JsonObject map:
                return new MapValue(map.Properties.Select(p => new KeyValuePair<string, Value>(p.Name, ExpressionValue(p.Value, isRoot))), map.Range);
            case JsonArray blocks:
                return new ListValue([.. blocks.Items.Select(b => ExpressionValue(b, isRoot))], blocks.Range);
            default:
                return new UnknownValue("an expression the plan does not record", node.Range);
        }
    }

    private void AddModule(JsonObject? module, string path)
    {
        if (module is null)
        {
            return;
        }

        if (module["resources"] is JsonArray declared)
        {
            foreach (var resource in declared.Items.OfType<JsonObject>())
            {
                if (resource["address"] is JsonString address)
                {
                    resources[(path, address.Value)] = resource;
                }
            }
        }

        if (module["module_calls"] is JsonObject calls)
        {
            foreach (var call in calls.Properties)
            {
                var callPath = path.Length == 0 ? call.Name : $"{path}.{call.Name}";
                if (call.Value is JsonObject declaration)
                {
                    moduleCalls[callPath] = declaration;
                }

                AddModule((call.Value as JsonObject)?["module"] as JsonObject, callPath);
            }
        }
    }
}
