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
    public static ImmutableArray<Resource> Map(ImmutableArray<Resource> planned, ResourceGraph configuration)
    {
        var byAddress = new Dictionary<string, Resource>(StringComparer.Ordinal);
        var byConfigurationAddress = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var resource in configuration.Resources)
        {
            byAddress.TryAdd(resource.Address, resource);
            byConfigurationAddress.TryAdd(WithoutKeys(resource.Address), resource);
        }

        return [.. planned.Select(resource =>
            byAddress.TryGetValue(resource.Address, out var source) || byConfigurationAddress.TryGetValue(WithoutKeys(resource.Address), out source)
                ? Located(resource, source)
                : resource)];
    }

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
            (ListValue list, ListValue source) => new ListValue(
                [.. list.Items.Select((item, i) => i < source.Count ? Relocate(item, source.Items[i], header) : Everywhere(item, source.Range))],
                source.Range,
                list.Shape,
                list.Origin),

            // A block the configuration writes once where the plan holds a list of one (or the reverse).
            (ListValue { Count: 1 } list, MapValue source) => new ListValue([Relocate(list.Items[0], source, header)], source.Range, list.Shape, list.Origin),
            _ => Everywhere(planned, written.Range),
        };
    }

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
