using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// Turns one plan into graph resources: every resource of <c>planned_values</c>, through child modules to any depth,
/// with its full address, instance key, planned value (unknown and sensitive parts overlaid), the references of its
/// configuration's expressions, its provider configuration, and what the plan does to it; and the data sources of
/// <c>prior_state</c>. Resources the plan deletes are not in <c>planned_values</c>, so they are never judged.
/// </summary>
internal sealed class PlanReader
{
    private readonly JsonObject plan;
    private readonly string root;
    private readonly PlanOptions options;
    private readonly PlanConfiguration configuration;
    private readonly Dictionary<string, PlannedChange> changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProviderConfig?> providers = new(StringComparer.Ordinal);

    /// <summary>How many module inputs a reference is followed through (Terraform allows any depth; plans in practice stay far below).</summary>
    private const int MaxModuleDepth = 32;

    private PlanReader(JsonObject plan, string root, PlanOptions options)
    {
        this.plan = plan;
        this.root = root;
        this.options = options;
        configuration = PlanConfiguration.Read(plan);
        if (plan["resource_changes"] is JsonArray resourceChanges)
        {
            foreach (var entry in resourceChanges.Items.OfType<JsonObject>())
            {
                if (entry["address"] is JsonString address && entry["change"] is JsonObject change)
                {
                    changes[address.Value] = new PlannedChange(PlannedChange.ActionOf(change["actions"]), change["after_unknown"], change["after_sensitive"]);
                }
            }
        }
    }

    public static (ImmutableArray<Resource> Resources, ImmutableArray<ProviderConfig> Providers) Read(JsonObject plan, string root, PlanOptions options, DiagnosticBag diagnostics)
    {
        if (plan["errored"] is JsonBool { Value: true } errored)
        {
            diagnostics.Add(DiagnosticCatalog.PlanErrored, errored.Range);
        }

        var reader = new PlanReader(plan, root, options);
        var entries = new List<(JsonObject Entry, string ModuleAddress)>();
        Collect((plan["planned_values"] as JsonObject)?["root_module"] as JsonObject, string.Empty, entries);
        var dataEntries = new List<(JsonObject Entry, string ModuleAddress)>();
        Collect(((plan["prior_state"] as JsonObject)?["values"] as JsonObject)?["root_module"] as JsonObject, string.Empty, dataEntries);

        var planned = entries.Select(e => (e.Entry["address"] as JsonString)?.Value).Where(a => a is not null).ToHashSet(StringComparer.Ordinal);
        var all = entries.Concat(dataEntries.Where(d => d.Entry["mode"] is JsonString { Value: "data" } && !planned.Contains((d.Entry["address"] as JsonString)?.Value ?? string.Empty))).ToList();
        var addresses = all.Select(e => (e.Entry["address"] as JsonString)?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var resources = ImmutableArray.CreateBuilder<Resource>();
        foreach (var (entry, moduleAddress) in all)
        {
            if (reader.ReadResource(entry, moduleAddress, addresses, diagnostics) is { } resource)
            {
                resources.Add(resource);
            }
        }

        return (resources.ToImmutable(), [.. reader.providers.Values.OfType<ProviderConfig>().Distinct()]);
    }

    private static void Collect(JsonObject? module, string moduleAddress, List<(JsonObject, string)> into)
    {
        if (module is null)
        {
            return;
        }

        if (module["resources"] is JsonArray resources)
        {
            into.AddRange(resources.Items.OfType<JsonObject>().Select(r => (r, moduleAddress)));
        }

        if (module["child_modules"] is JsonArray children)
        {
            foreach (var child in children.Items.OfType<JsonObject>())
            {
                Collect(child, (child["address"] as JsonString)?.Value ?? moduleAddress, into);
            }
        }
    }

    private Resource? ReadResource(JsonObject entry, string moduleAddress, HashSet<string> addresses, DiagnosticBag diagnostics)
    {
        if (entry["address"] is not JsonString address || entry["type"] is not JsonString type || entry["name"] is not JsonString name)
        {
            diagnostics.Add(DiagnosticCatalog.PlanInvalidShape, entry.Range, "a resource without address, type or name");
            return null;
        }

        var mode = entry["mode"] is JsonString { Value: "data" } ? ResourceMode.Data : ResourceMode.Managed;
        var change = changes.GetValueOrDefault(address.Value);
        var action = change?.Action ?? PlannedChange.NoOp;
        if (mode == ResourceMode.Managed && options.Scope == PlanScope.Changed && change is not { IsChange: true })
        {
            return null;
        }

        var key = PlanAddresses.KeyOf(entry["index"]);
        var localAddress = mode == ResourceMode.Data ? $"data.{type.Value}.{name.Value}" : $"{type.Value}.{name.Value}";
        var resourceConfiguration = configuration.Resource(PlanAddresses.ConfigurationPath(moduleAddress), localAddress);
        var expressionReferences = PlanConfiguration.ExpressionReferences(resourceConfiguration)
            .Select(e => (e.Path, Targets: e.References.SelectMany(r => Resolve(r, moduleAddress, key, addresses, depth: 0)).Distinct().ToImmutableArray()))
            .ToList();

        ImmutableArray<ReferenceTarget> ReferencesAt(string path) =>
            [.. expressionReferences.Where(e => path == e.Path || path.StartsWith(e.Path + ".", StringComparison.Ordinal) || e.Path.StartsWith(path + ".", StringComparison.Ordinal)).SelectMany(e => e.Targets).Distinct()];

        var declaration = entry.TryGetProperty("address", out var addressProperty) ? addressProperty.Value.Range : entry.Range;
        var written = entry["values"]?.ToValue() as MapValue ?? new MapValue([], entry.Range);
        var sensitive = MergeMarks(entry["sensitive_values"], change?.AfterSensitive);
        var attributes = (MapValue)PlanValues.Overlay(written, change?.AfterUnknown, sensitive, declaration, ReferencesAt);
        var providerKey = (resourceConfiguration?["provider_config_key"] as JsonString)?.Value;
        return new Resource
        {
            Address = address.Value,
            Type = type.Value,
            Name = name.Value,
            Mode = mode,
            Format = SourceFormat.TerraformPlan,
            ModuleAddress = moduleAddress,
            Key = key,
            Root = root,
            Range = entry.Range,
            DeclarationRange = declaration,
            Attributes = attributes,
            References = [.. expressionReferences.SelectMany(e => e.Targets.Select(t => new Reference(e.Path, t, declaration)))],
            Provider = providerKey is null ? null : providers.TryGetValue(providerKey, out var known) ? known : providers[providerKey] = configuration.Provider(providerKey),
            PlannedAction = action,
        };
    }

    /// <summary>
    /// The resources a configuration reference names, in the referencing instance's module instance: an explicit index
    /// names that instance; otherwise the instance with the referencing resource's own key (count.index, each.key), else
    /// every instance. A module input (<c>var.bucket</c> inside a module) is followed to what the module call gives it
    /// in the calling module, so a split resource in a module still links to a resource its caller passed in.
    /// </summary>
    private IEnumerable<ReferenceTarget> Resolve(string reference, string moduleAddress, InstanceKey key, HashSet<string> addresses, int depth)
    {
        if (reference.StartsWith("var.", StringComparison.Ordinal) && moduleAddress.Length > 0 && depth < MaxModuleDepth)
        {
            var variable = reference[4..].Split('.', '[')[0];
            var parent = PlanAddresses.ParentModule(moduleAddress);
            foreach (var input in configuration.ModuleInputReferences(PlanAddresses.ConfigurationPath(moduleAddress), variable))
            {
                foreach (var passed in Resolve(input, parent, InstanceKey.None, addresses, depth + 1))
                {
                    yield return passed;
                }
            }

            yield break;
        }

        if (PlanAddresses.ResourceReference(reference) is not var (local, index, attribute))
        {
            yield break;
        }

        var prefix = moduleAddress.Length == 0 ? string.Empty : moduleAddress + ".";
        var target = prefix + local;
        if (index is not null)
        {
            yield return new ReferenceTarget(target + index, attribute);
        }
        else if (addresses.Contains(target))
        {
            yield return new ReferenceTarget(target, attribute);
        }
        else if (!key.IsNone && addresses.Contains(target + key))
        {
            yield return new ReferenceTarget(target + key, attribute);
        }
        else
        {
            foreach (var instance in addresses.Where(a => a.StartsWith(target + "[", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                yield return new ReferenceTarget(instance, attribute);
            }
        }
    }

    /// <summary><c>sensitive_values</c> of the planned value and <c>after_sensitive</c> of the change mark the same tree; either counts.</summary>
    private static JsonNode? MergeMarks(JsonNode? a, JsonNode? b) => a switch
    {
        null => b,
        JsonBool { Value: true } => a,
        _ when b is JsonBool { Value: true } => b,
        JsonObject left when b is JsonObject right => new JsonObject([.. left.Properties, .. right.Properties.Where(p => !left.ContainsName(p.Name) || left[p.Name] is not JsonBool { Value: true })], left.Range),
        _ => a,
    };
}
