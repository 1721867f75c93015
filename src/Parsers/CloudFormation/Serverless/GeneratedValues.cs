using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// Builds the property values of generated resources. Values SAM writes on its own (a role's trust policy, a
/// reference to the function) are <see cref="ValueOrigin.Defaulted"/> and located at the SAM resource they come from;
/// values taken from the template keep their ranges.
/// </summary>
internal static class GeneratedValues
{
    public static StringValue Constant(string text, SourceRange range) => new(text, range, ValueOrigin.Defaulted);

    public static MapValue Map(SourceRange range, params (string Key, Value? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null && e.Value is not MissingValue).Select(e => new KeyValuePair<string, Value>(e.Key, e.Value!)), range);

    public static ListValue List(SourceRange range, IEnumerable<Value> items) => new([.. items], range);

    /// <summary><c>!Ref Id</c> to a resource: unknown before deployment, with the reference kept for linking.</summary>
    public static UnknownValue Ref(string logicalId, SourceRange range) =>
        new($"Ref {logicalId} is known only after deployment", range, [new ReferenceTarget(logicalId, null)]);

    /// <summary><c>!GetAtt Id.Attribute</c> of a resource.</summary>
    public static UnknownValue GetAtt(string logicalId, string attribute, SourceRange range) =>
        new($"{logicalId}.{attribute} is known only after deployment", range, [new ReferenceTarget(logicalId, attribute)]);

    /// <summary>A property present in <paramref name="properties"/>, or null to leave it out.</summary>
    public static Value? Optional(MapValue properties, string key) =>
        properties.TryGetValue(key, out var value) && !value.IsAbsent ? value : null;

    /// <summary>
    /// SAM writes tags as a map; CloudFormation resources as a list of <c>{Key, Value}</c>. Each entry keeps the range
    /// of its value. An unknown map stays unknown; <paramref name="extra"/> tags (SAM's own) come first.
    /// </summary>
    public static Value? TagList(Value tags, SourceRange range, params (string Key, string Value)[] extra)
    {
        if (tags is UnknownValue)
        {
            return tags;
        }

        var items = extra.Select(e => (Value)Map(range, ("Key", Constant(e.Key, range)), ("Value", Constant(e.Value, range)))).ToList();
        if (tags is MapValue map)
        {
            items.AddRange(map.Entries.Select(e => (Value)Map(e.Value.Range, ("Key", new StringValue(e.Key, e.Value.Range)), ("Value", e.Value))));
        }

        return items.Count == 0 ? null : List(tags is MapValue ? tags.Range : range, items);
    }

    /// <summary>SAM's logical ids keep only the letters and digits of a stage or event name.</summary>
    public static string Alphanumeric(string text) => string.Concat(text.Where(char.IsAsciiLetterOrDigit));
}
