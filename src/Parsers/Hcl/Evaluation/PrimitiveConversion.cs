using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>HCL's automatic conversions between primitive types (string, number, bool).</summary>
public static class PrimitiveConversion
{
    /// <summary>The string form used in templates: numbers without trailing zeros, bools as true/false.</summary>
    public static bool TryToString(Value value, out string text)
    {
        switch (value)
        {
            case StringValue s:
                text = s.Value;
                return true;
            case NumberValue n:
                text = NumberFormat.Format(n.Value);
                return true;
            case BoolValue b:
                text = b.Value ? "true" : "false";
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    public static bool TryToNumber(Value value, out decimal number)
    {
        switch (value)
        {
            case NumberValue n:
                number = n.Value;
                return true;
            case StringValue s when NumberFormat.TryParse(s.Value.Trim(), out var parsed) && s.Value.Trim().Length == s.Value.Length:
                number = parsed;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    public static bool TryToBool(Value value, out bool result)
    {
        switch (value)
        {
            case BoolValue b:
                result = b.Value;
                return true;
            case StringValue { Value: "true" }:
                result = true;
                return true;
            case StringValue { Value: "false" }:
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    public static string TypeName(Value value) => value switch
    {
        StringValue => "string",
        NumberValue => "number",
        BoolValue => "bool",
        NullValue => "null",
        ListValue { Shape: SequenceShape.Set } => "set",
        ListValue { Shape: SequenceShape.List } => "list",
        ListValue => "tuple",
        MapValue { Shape: MappingShape.Map } => "map",
        MapValue => "object",
        UnknownValue => "unknown",
        _ => "missing",
    };
}
