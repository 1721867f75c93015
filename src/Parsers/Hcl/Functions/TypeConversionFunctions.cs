using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>tobool, tonumber, tostring, tolist, toset, tomap, and the sensitivity markers (which the analyzer does not track).</summary>
internal static class TypeConversionFunctions
{
    public static IEnumerable<HclFunction> All =>
    [
        new("tobool", 1, 1, ToBool),
        new("tonumber", 1, 1, ToNumber),
        new("tostring", 1, 1, ToStringFunction),
        new("tolist", 1, 1, ToList),
        new("toset", 1, 1, ToSet),
        new("tomap", 1, 1, ToMap),

        // Sensitivity only hides values in Terraform's output; the value itself is unchanged.
        new("sensitive", 1, 1, Identity),
        new("nonsensitive", 1, 1, Identity),
        new("issensitive", 1, 1, i => i.Bool(false)),

        // An ephemeral value is only known during one run; as a value it is the same.
        new("ephemeralasnull", 1, 1, Identity),
    ];

    private static Value Identity(FunctionInvocation invocation) => invocation[0].WithRange(invocation.Range);

    private static Value ToBool(FunctionInvocation invocation)
    {
        var value = invocation[0];
        if (value.IsAbsent)
        {
            return invocation.Null();
        }

        return TypeConversion.ToPrimitiveBool(value) is { } b
            ? invocation.Bool(b)
            : throw FunctionInvocation.Fail(value is StringValue s
                ? $"cannot convert \"{s.Value}\" to bool; only the strings \"true\" or \"false\" are allowed"
                : $"cannot convert {TypeConversion.Describe(value)} to bool");
    }

    private static Value ToNumber(FunctionInvocation invocation)
    {
        var value = invocation[0];
        if (value.IsAbsent)
        {
            return invocation.Null();
        }

        return TypeConversion.ToPrimitiveNumber(value) is { } n
            ? invocation.Number(n)
            : throw FunctionInvocation.Fail(value is StringValue s
                ? $"cannot convert \"{s.Value}\" to number; given string must be a decimal representation of a number"
                : $"cannot convert {TypeConversion.Describe(value)} to number");
    }

    private static Value ToStringFunction(FunctionInvocation invocation)
    {
        var value = invocation[0];
        if (value.IsAbsent)
        {
            return invocation.Null();
        }

        return TypeConversion.ToPrimitiveString(value) is { } s
            ? invocation.String(s)
            : throw FunctionInvocation.Fail($"cannot convert {TypeConversion.Describe(value)} to string");
    }

    private static Value ToList(FunctionInvocation invocation)
    {
        var value = invocation[0];
        return value switch
        {
            NullValue or MissingValue => invocation.Null(),
            ListValue list => invocation.List(TypeConversion.UnifyPrimitives(list.Items, "list")),
            _ => throw FunctionInvocation.Fail($"cannot convert {TypeConversion.Describe(value)} to list of any single type"),
        };
    }

    private static Value ToSet(FunctionInvocation invocation)
    {
        var value = invocation[0];
        return value switch
        {
            NullValue or MissingValue => invocation.Null(),
            ListValue list => invocation.Set(TypeConversion.UnifyPrimitives(list.Items, "set")),
            _ => throw FunctionInvocation.Fail($"cannot convert {TypeConversion.Describe(value)} to set of any single type"),
        };
    }

    private static Value ToMap(FunctionInvocation invocation)
    {
        var value = invocation[0];
        switch (value)
        {
            case NullValue or MissingValue:
                return invocation.Null();
            case MapValue map:
                var unified = TypeConversion.UnifyPrimitives([.. map.Entries.Select(e => e.Value)], "map");
                return invocation.Map(map.Entries.Select((e, i) => new KeyValuePair<string, Value>(e.Key, unified[i])));
            default:
                throw FunctionInvocation.Fail($"cannot convert {TypeConversion.Describe(value)} to map of any single type");
        }
    }
}
