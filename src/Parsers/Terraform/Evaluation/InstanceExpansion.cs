using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>One instance to make from a block with <c>count</c> or <c>for_each</c>, and the symbols it sees.</summary>
public sealed record InstanceSpec(InstanceKey Key, IReadOnlyDictionary<string, Value> Symbols);

/// <summary>
/// Turns <c>count</c> and <c>for_each</c> into instances. When the count or the collection is unknown, one
/// representative instance is made whose <c>count.index</c> / <c>each.*</c> are unknown: the block is still
/// checked, and nothing that depends on the unknown can fail.
/// </summary>
public static class InstanceExpansion
{
    public enum Kind
    {
        Single,
        Count,
        ForEach,
        Unknown,
    }

    public static (Kind Kind, List<InstanceSpec> Instances) Expand(
        Expression? count, Expression? forEach, string what, ExpressionEvaluator evaluator, IEvaluationScope scope, int maxInstances)
    {
        if (count is not null)
        {
            var value = evaluator.Evaluate(count, scope);
            if (value is UnknownValue unknown)
            {
                return (Kind.Unknown, [Representative("count", unknown)]);
            }

            if (!PrimitiveConversion.TryToNumber(value, out var number) || number < 0 || decimal.Truncate(number) != number)
            {
                evaluator.Error(DiagnosticCatalog.InvalidCount, count.Range, $"a whole number of zero or more is required, not {value}");
                return (Kind.Unknown, [Representative("count", new UnknownValue("invalid count", count.Range))]);
            }

            var total = (int)Math.Min(number, maxInstances);
            if (number > maxInstances)
            {
                evaluator.Diagnostics.Add(DiagnosticCatalog.InstanceLimit, count.Range, what, NumberFormat.Format(number), maxInstances);
            }

            var instances = new List<InstanceSpec>(total);
            for (var i = 0; i < total; i++)
            {
                var index = new NumberValue(i, count.Range);
                instances.Add(new InstanceSpec(InstanceKey.FromIndex(i), new Dictionary<string, Value>
                {
                    ["count"] = new MapValue([new("index", index)], count.Range),
                }));
            }

            return (Kind.Count, instances);
        }

        if (forEach is not null)
        {
            var value = evaluator.Evaluate(forEach, scope);
            if (value is UnknownValue unknown)
            {
                return (Kind.Unknown, [Representative("each", unknown)]);
            }

            var pairs = new List<(string Key, Value Value)>();
            switch (value)
            {
                case MapValue map:
                    pairs.AddRange(map.Entries.Select(e => (e.Key, e.Value)));
                    break;
                // Terraform wants a set; a list of strings is accepted too, as the author clearly meant its elements.
                case ListValue set when set.Items.All(i => i is StringValue or UnknownValue):
                    if (set.Items.Any(i => i is UnknownValue))
                    {
                        return (Kind.Unknown, [Representative("each", UnknownValue.Combine(forEach.Range, set.Items))]);
                    }

                    foreach (var item in set.Items.Distinct(ValueEquality.Instance))
                    {
                        pairs.Add((((StringValue)item).Value, item));
                    }

                    break;
                default:
                    evaluator.Error(DiagnosticCatalog.InvalidForEach, forEach.Range, $"a map, or a set of strings, is required, not {PrimitiveConversion.TypeName(value)}");
                    return (Kind.Unknown, [Representative("each", new UnknownValue("invalid for_each", forEach.Range))]);
            }

            if (pairs.Count > maxInstances)
            {
                evaluator.Diagnostics.Add(DiagnosticCatalog.InstanceLimit, forEach.Range, what, pairs.Count, maxInstances);
                pairs = pairs.Take(maxInstances).ToList();
            }

            var instances = pairs.Select(p => new InstanceSpec(InstanceKey.FromKey(p.Key), new Dictionary<string, Value>
            {
                ["each"] = new MapValue([new("key", new StringValue(p.Key, p.Value.Range)), new("value", p.Value)], forEach.Range),
            })).ToList();
            return (Kind.ForEach, instances);
        }

        return (Kind.Single, [new InstanceSpec(InstanceKey.None, new Dictionary<string, Value>())]);
    }

    private static InstanceSpec Representative(string symbol, UnknownValue unknown)
    {
        var reason = new UnknownValue($"the instances are not known: {unknown.Reason}", unknown.Range, unknown.References);
        var symbols = new Dictionary<string, Value>
        {
            [symbol] = symbol == "count"
                ? new MapValue([new("index", reason)], unknown.Range)
                : new MapValue([new("key", reason), new("value", reason)], unknown.Range),
        };
        return new InstanceSpec(InstanceKey.None, symbols);
    }

    /// <summary>The value that references to a multi-instance object see: a tuple for count, an object for for_each.</summary>
    public static Value Collect(Kind kind, IReadOnlyList<(InstanceKey Key, Value Value)> instances, SourceRange range, string address)
    {
        return kind switch
        {
            Kind.Single => instances.Count > 0 ? instances[0].Value : new NullValue(range),
            Kind.Count => new ListValue([.. instances.Select(i => i.Value)], range),
            Kind.ForEach => new MapValue(instances.Select(i => new KeyValuePair<string, Value>(i.Key.Key!, i.Value)), range),
            _ => new UnknownValue($"the instances of {address} are not known", range, [new ReferenceTarget(address, null)]),
        };
    }
}
