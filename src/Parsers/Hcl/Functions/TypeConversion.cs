using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Terraform's conversions between primitive types: numbers and bools convert to strings; strings convert
/// to numbers when they are numeric and to bools when they are exactly "true" or "false".
/// </summary>
internal static class TypeConversion
{
    public static string? ToPrimitiveString(Value value) => value switch
    {
        StringValue s => s.Value,
        NumberValue n => NumberFormat.Format(n.Value),
        BoolValue b => b.Value ? "true" : "false",
        _ => null,
    };

    public static decimal? ToPrimitiveNumber(Value value) => value switch
    {
        NumberValue n => n.Value,
        StringValue s when IsNumericText(s.Value) && NumberFormat.TryParse(s.Value, out var number) => number,
        _ => null,
    };

    public static bool? ToPrimitiveBool(Value value) => value switch
    {
        BoolValue b => b.Value,
        StringValue { Value: "true" } => true,
        StringValue { Value: "false" } => false,
        _ => null,
    };

    /// <summary>How Terraform names a value's type in messages.</summary>
    public static string Describe(Value value) => value switch
    {
        NullValue or MissingValue => "null",
        UnknownValue => "an unknown value",
        StringValue => "string",
        NumberValue => "number",
        BoolValue => "bool",
        ListValue { Shape: SequenceShape.List } => "list",
        ListValue { Shape: SequenceShape.Set } => "set",
        ListValue => "tuple",
        MapValue { Shape: MappingShape.Map } => "map",
        MapValue => "object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Converts the elements of a new list, set or map to one type, as Terraform unifies element types: when
    /// the known primitives are of different types they all become strings (the only type every primitive
    /// converts to). Nulls and unknowns stay as they are; structural values are not unified.
    /// </summary>
    public static IReadOnlyList<Value> UnifyPrimitives(IReadOnlyList<Value> values, string what)
    {
        var kinds = values.Where(v => v.Kind is ValueKind.String or ValueKind.Number or ValueKind.Bool).Select(v => v.Kind).Distinct().ToList();
        var hasStructural = values.Any(v => v.Kind is ValueKind.List or ValueKind.Map);
        if (kinds.Count > 0 && hasStructural)
        {
            throw FunctionInvocation.Fail($"cannot make a {what} of both primitive and structural values: all elements must have the same type");
        }

        if (kinds.Count <= 1)
        {
            return values;
        }

        return [.. values.Select(v => ToPrimitiveString(v) is { } text ? new StringValue(text, v.Range) : v)];
    }

    /// <summary>Terraform accepts only decimal notation here, not "0x10" or "Infinity".</summary>
    private static bool IsNumericText(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }

        return true;
    }
}
