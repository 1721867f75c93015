using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>Builds results located at the call, with Terraform's shapes and set ordering.</summary>
internal static class FunctionResults
{
    public static StringValue String(this FunctionInvocation invocation, string value) => new(value, invocation.Range);

    public static NumberValue Number(this FunctionInvocation invocation, decimal value) => new(value, invocation.Range);

    public static BoolValue Bool(this FunctionInvocation invocation, bool value) => new(value, invocation.Range);

    public static NullValue Null(this FunctionInvocation invocation) => new(invocation.Range);

    public static ListValue List(this FunctionInvocation invocation, IEnumerable<Value> items, SequenceShape shape = SequenceShape.List) =>
        new([.. items], invocation.Range, shape);

    public static ListValue StringList(this FunctionInvocation invocation, IEnumerable<string> items) =>
        new([.. items.Select(s => (Value)new StringValue(s, invocation.Range))], invocation.Range, SequenceShape.List);

    public static MapValue Map(this FunctionInvocation invocation, IEnumerable<KeyValuePair<string, Value>> entries, MappingShape shape = MappingShape.Map) =>
        new(entries, invocation.Range, shape);

    public static ListValue Set(this FunctionInvocation invocation, IEnumerable<Value> items) => SetOf(items, invocation);

    /// <summary>
    /// A set: unique by <see cref="ValueEquality"/>, ordered as Terraform orders sets of primitives (strings
    /// lexically, numbers numerically, false before true). Sets of other values keep their first-seen order,
    /// which is deterministic although Terraform's own order for them is by an internal hash. Unknown elements
    /// cannot be compared, so they are kept, after the known ones.
    /// </summary>
    public static ListValue SetOf(IEnumerable<Value> items, FunctionInvocation invocation)
    {
        var known = new List<Value>();
        var unknown = new List<Value>();
        var seen = new HashSet<Value>(ValueEquality.Instance);
        foreach (var item in items)
        {
            if (item.IsUnknown)
            {
                unknown.Add(item);
            }
            else if (seen.Add(item))
            {
                known.Add(item);
            }
        }

        if (known.Count > 1)
        {
            if (known.All(v => v is StringValue))
            {
                known.Sort((a, b) => string.CompareOrdinal(((StringValue)a).Value, ((StringValue)b).Value));
            }
            else if (known.All(v => v is NumberValue))
            {
                known.Sort((a, b) => ((NumberValue)a).Value.CompareTo(((NumberValue)b).Value));
            }
            else if (known.All(v => v is BoolValue))
            {
                known.Sort((a, b) => ((BoolValue)a).Value.CompareTo(((BoolValue)b).Value));
            }
        }

        return new ListValue([.. known, .. unknown], invocation.Range, SequenceShape.Set);
    }

    public static ImmutableArray<Value> Located(this IEnumerable<Value> values, FunctionInvocation invocation) =>
        [.. values.Select(v => v.WithRange(invocation.Range))];
}
