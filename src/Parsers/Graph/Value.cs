using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// An immutable, typed value with the source range it was written at. Reading a path that does not exist
/// gives a <see cref="MissingValue"/> located at the deepest value found, never an exception; predicates
/// such as <see cref="IsTrue"/> answer false for unknown and missing values, so that nothing can fail on
/// what cannot be seen.
/// </summary>
public abstract class Value
{
    protected Value(SourceRange range, ValueOrigin origin)
    {
        Range = range;
        Origin = origin;
    }

    public SourceRange Range { get; }

    public ValueOrigin Origin { get; }

    public abstract ValueKind Kind { get; }

    public bool IsKnown => Kind is not (ValueKind.Unknown or ValueKind.Missing);

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public bool IsMissing => Kind == ValueKind.Missing;

    public bool IsNull => Kind == ValueKind.Null;

    /// <summary>
    /// A nested block that may not exist: the placeholder a <c>dynamic</c> block over an unknown collection produces.
    /// Its presence proves nothing; a check on it reports unknown.
    /// </summary>
    public bool MayNotExist => Origin == ValueOrigin.Unknown && Kind == ValueKind.Map;

    /// <summary>Missing or null: the attribute was not set to anything.</summary>
    public bool IsAbsent => Kind is ValueKind.Missing or ValueKind.Null;

    /// <summary>True only for a known boolean true (or the strings "true"), never for unknown.</summary>
    public bool IsTrue => this is BoolValue { Value: true } || this is StringValue { Value: "true" };

    /// <summary>True only for a known boolean false (or the string "false"), never for unknown.</summary>
    public bool IsFalse => this is BoolValue { Value: false } || this is StringValue { Value: "false" };

    public string? AsString() => this switch
    {
        StringValue s => s.Value,
        NumberValue n => NumberFormat.Format(n.Value),
        BoolValue b => b.Value ? "true" : "false",
        _ => null,
    };

    public decimal? AsNumber() => this switch
    {
        NumberValue n => n.Value,
        StringValue s when NumberFormat.TryParse(s.Value, out var d) => d,
        _ => null,
    };

    public bool? AsBool() => this switch
    {
        BoolValue b => b.Value,
        StringValue { Value: "true" } => true,
        StringValue { Value: "false" } => false,
        _ => null,
    };

    /// <summary>The attribute <paramref name="key"/> of a map or object; missing (located here) otherwise.</summary>
    public virtual Value Get(string key) => this is UnknownValue ? this : new MissingValue(Range);

    /// <summary>The element at <paramref name="index"/> of a sequence; missing (located here) otherwise.</summary>
    public virtual Value At(int index) => this is UnknownValue ? this : new MissingValue(Range);

    public Value this[string key] => Get(key);

    /// <summary>Follows a dotted path such as <c>server_side_encryption_configuration.0.rule</c>.</summary>
    public Value GetPath(string path)
    {
        Value current = this;
        foreach (var part in path.Split('.'))
        {
            current = int.TryParse(part, out var index) && current is ListValue ? current.At(index) : current.Get(part);
        }

        return current;
    }

    /// <summary>The elements of a sequence or the values of a map; empty for anything else.</summary>
    public virtual ImmutableArray<Value> Elements => [];

    /// <summary>
    /// Nested blocks are lists of objects in HCL and often a single object in JSON; this reads either as a list.
    /// </summary>
    public ImmutableArray<Value> AsBlocks() => this switch
    {
        ListValue list => list.Items,
        MapValue map => [map],
        _ => [],
    };

    /// <summary>The same value, located elsewhere (used when a value flows into an attribute).</summary>
    public abstract Value WithRange(SourceRange range);

    public override string ToString() => ValueDisplay.Format(this);
}
