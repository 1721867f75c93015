using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// A resource's planned value as the graph holds it: the JSON value, where <c>after_unknown</c> marks a part as known
/// only after apply that part is an <see cref="UnknownValue"/> (carrying the resources its expression references, so
/// split resources still link), and where the plan marks a part sensitive that part is unknown too: sensitive values
/// are never read, so no output can print them.
/// </summary>
internal static class PlanValues
{
    public const string SensitiveReason = "sensitive in the plan; PolicyScan does not read sensitive values";

    public static Value Overlay(Value value, JsonNode? unknown, JsonNode? sensitive, SourceRange fallback, Func<string, ImmutableArray<ReferenceTarget>> references, string path = "")
    {
        var range = value.Range.IsNone ? fallback : value.Range;
        if (sensitive is JsonBool { Value: true })
        {
            // Located at the resource, not at the value: an output that shows the source line must not show the secret.
            return new UnknownValue(SensitiveReason, fallback);
        }

        if (unknown is JsonBool { Value: true })
        {
            return new UnknownValue($"{(path.Length == 0 ? "the value" : path)} is known only after apply", range, references(path));
        }

        switch (value)
        {
            case MapValue map:
                var keys = map.Keys.Concat(Marked(unknown)).Concat(Marked(sensitive)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                var entries = new List<KeyValuePair<string, Value>>();
                foreach (var key in keys)
                {
                    // A part the plan leaves out (unknown values are not in planned_values) is located at the resource.
                    var child = map.TryGetValue(key, out var existing) ? existing : new MissingValue(SourceRange.None);
                    var overlaid = Overlay(child, Member(unknown, key), Member(sensitive, key), fallback, references, path.Length == 0 ? key : $"{path}.{key}");
                    if (overlaid is not MissingValue)
                    {
                        entries.Add(new(key, overlaid));
                    }
                }

                return new MapValue(entries, map.Range, map.Shape, map.Origin);
            case ListValue list:
                var items = ImmutableArray.CreateBuilder<Value>(list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    items.Add(Overlay(list.Items[i], Element(unknown, i), Element(sensitive, i), fallback, references, $"{path}.{i}"));
                }

                return new ListValue(items.MoveToImmutable(), list.Range, list.Shape, list.Origin);
            default:
                return value;
        }
    }

    private static IEnumerable<string> Marked(JsonNode? marks) =>
        marks is JsonObject map ? map.Properties.Where(p => p.Value is JsonBool { Value: true }).Select(p => p.Name) : [];

    private static JsonNode? Member(JsonNode? marks, string key) => (marks as JsonObject)?[key];

    private static JsonNode? Element(JsonNode? marks, int index) => marks is JsonArray array && index < array.Count ? array[index] : null;
}
