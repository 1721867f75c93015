using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// Marks a resource's object, and every object nested in it, as computed where not configured: reading an
/// attribute the configuration leaves out (<c>identity[0].principal_id</c>, <c>vpc_config[0].cluster_security_group_id</c>)
/// gives an unknown value that refers to the resource, not an error.
/// </summary>
internal static class ComputedAttributes
{
    public static Value Open(Value value, ReferenceTarget resource) => value switch
    {
        MapValue map => new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Open(e.Value, resource))), map.Range, map.Shape, map.Origin) { ComputedFrom = resource },
        ListValue list when list.Items.Any(i => i is MapValue or ListValue) => new ListValue([.. list.Items.Select(i => Open(i, resource))], list.Range, list.Shape, list.Origin),
        _ => value,
    };
}
