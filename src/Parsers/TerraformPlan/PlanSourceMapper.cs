using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// Locates a plan's resources in the <c>.tf</c> files that produced it. Each plan resource is matched with the resource
/// of the same address in the configuration's graph (module calls resolved by the Terraform evaluator; an instance the
/// evaluator could not expand matches its first instance), takes its block and header ranges, and each planned value
/// takes the range of the expression written for it. A value the configuration does not write (a provider default, a
/// computed attribute) is located at the resource header, where a finding on a left-out attribute points when the
/// configuration is scanned itself. Resources without a match keep their place in the plan JSON.
/// </summary>
internal static class PlanSourceMapper
{
    public static (ImmutableArray<Resource> Resources, ImmutableArray<ProviderConfig> Providers) Map(ImmutableArray<Resource> planned, ImmutableArray<ProviderConfig> providers, ResourceGraph configuration, string root)
    {
        var byAddress = new Dictionary<string, Resource>(StringComparer.Ordinal);
        var byConfigurationAddress = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var resource in configuration.Resources)
        {
            byAddress.TryAdd(resource.Address, resource);
            byConfigurationAddress.TryAdd(WithoutKeys(resource.Address), resource);
        }

        // Provider configurations too, so that a finding on the region or the default tags points at the provider block.
        var locatedProviders = providers.ToDictionary(p => p, p => Located(p, configuration.Providers, root));
        return ([.. planned.Select(resource =>
            (byAddress.TryGetValue(resource.Address, out var source) || byConfigurationAddress.TryGetValue(WithoutKeys(resource.Address), out source)
                ? Located(resource, source)
                : resource) is var located && located.Provider is { } provider && locatedProviders.TryGetValue(provider, out var locatedProvider)
                ? located with { Provider = locatedProvider }
                : located)], [.. locatedProviders.Values]);
    }

    /// <summary>The provider configuration located at its block in the configuration: the root module's from the root's own files.</summary>
    private static ProviderConfig Located(ProviderConfig planned, ImmutableArray<ProviderConfig> written, string root)
    {
        var source = written.FirstOrDefault(w => w.Name == planned.Name && w.Alias == planned.Alias && w.ModuleAddress == planned.ModuleAddress
            && (w.ModuleAddress.Length > 0 || DirectoryOf(w.Range) == root));
        return source is null
            ? planned
            : planned with { Attributes = (MapValue)Relocate(planned.Attributes, source.Attributes, source.Range), Range = source.Range };
    }

    private static string DirectoryOf(SourceRange range) =>
        Path.GetDirectoryName(range.File?.Path ?? string.Empty)?.Replace('\\', '/') is { Length: > 0 } directory ? directory : ".";

    private static Resource Located(Resource planned, Resource source) => planned with
    {
        Range = source.Range,
        DeclarationRange = source.DeclarationRange,
        Attributes = (MapValue)Relocate(planned.Attributes, source.Attributes, source.DeclarationRange),
        References = [.. planned.References.Select(r => r with { Range = source.DeclarationRange })],
    };

    /// <summary>The planned value located at what the configuration wrote for it, part by part.</summary>
    private static Value Relocate(Value planned, Value written, SourceRange header)
    {
        if (written.IsAbsent || written.Range.IsNone)
        {
            return Everywhere(planned, header);
        }

        return (planned, written) switch
        {
            (MapValue map, MapValue source) => new MapValue(
                map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Relocate(e.Value, source.Get(e.Key), header))),
                source.Range,
                map.Shape,
                map.Origin),
            (ListValue list, ListValue source) when Counterparts(list, source) is var counterparts => new ListValue(
                [.. list.Items.Select((item, i) => counterparts[i] is { } j ? Relocate(item, source.Items[j], header) : Everywhere(item, source.Range))],
                source.Range,
                list.Shape,
                list.Origin),

            // A block the configuration writes once where the plan holds a list of one (or the reverse).
            (ListValue { Count: 1 } list, MapValue source) => new ListValue([Relocate(list.Items[0], source, header)], source.Range, list.Shape, list.Origin),
            _ => Everywhere(planned, written.Range),
        };
    }

    /// <summary>
    /// The written element each planned element comes from. Terraform lists the elements of a set in its own order, not
    /// as written (a security group's <c>ingress</c> blocks), so blocks are paired by content: each planned block
    /// with the written block that agrees with it on the most known values, the same index winning ties (lists keep
    /// their order). Other elements pair by index.
    /// </summary>
    private static int?[] Counterparts(ListValue planned, ListValue written)
    {
        var result = new int?[planned.Count];
        if (!planned.Items.All(p => p is MapValue) || !written.Items.All(w => w is MapValue))
        {
            for (var i = 0; i < planned.Count; i++)
            {
                result[i] = i < written.Count ? i : null;
            }

            return result;
        }

        // Each written block is used once, so that two identical blocks still take one each.
        var taken = new HashSet<int>();
        for (var i = 0; i < planned.Count; i++)
        {
            var best = Enumerable.Range(0, written.Count)
                .Where(j => !taken.Contains(j))
                .Select(j => (Index: j, Score: Agreement((MapValue)planned.Items[i], (MapValue)written.Items[j])))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Index == i ? 0 : 1)
                .ThenBy(c => c.Index)
                .Select(c => (int?)c.Index)
                .FirstOrDefault();
            if (best is { } found)
            {
                taken.Add(found);
            }

            result[i] = best;
        }

        return result;
    }

    /// <summary>How many known scalar values (and lists of them) two blocks have in common.</summary>
    private static int Agreement(MapValue planned, MapValue written) =>
        planned.Entries.Count(e => written.Get(e.Key) is var value && Same(e.Value, value));

    private static bool Same(Value a, Value b) => (a, b) switch
    {
        (ListValue left, ListValue right) => left.Count == right.Count && left.Items.Zip(right.Items).All(p => Same(p.First, p.Second)),
        _ => a.AsString() is { } text && text == b.AsString(),
    };

    private static Value Everywhere(Value value, SourceRange range) => value switch
    {
        MapValue map => new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Everywhere(e.Value, range))), range, map.Shape, map.Origin),
        ListValue list => new ListValue([.. list.Items.Select(i => Everywhere(i, range))], range, list.Shape, list.Origin),
        _ => value.WithRange(range),
    };

    /// <summary><c>module.a["x"].aws_s3_bucket.b[0]</c> without its instance keys: <c>module.a.aws_s3_bucket.b</c>.</summary>
    private static string WithoutKeys(string address)
    {
        var builder = new System.Text.StringBuilder(address.Length);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '"' when depth > 0:
                    inString = true;
                    break;
                default:
                    if (depth == 0)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
