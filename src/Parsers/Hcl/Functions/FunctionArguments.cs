using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Reads the arguments of a call with Terraform's automatic conversions between primitive types (a number
/// given where a string is expected becomes its decimal text, "5" given where a number is expected becomes 5)
/// and its errors for null and wrongly typed arguments.
/// </summary>
internal static class FunctionArguments
{
    public static string String(this FunctionInvocation invocation, int index, string name) =>
        TypeConversion.ToPrimitiveString(NotNull(invocation, index, name))
        ?? throw FunctionInvocation.Fail($"argument \"{name}\" must be a string, not {TypeConversion.Describe(invocation[index])}");

    public static decimal Number(this FunctionInvocation invocation, int index, string name) =>
        TypeConversion.ToPrimitiveNumber(NotNull(invocation, index, name))
        ?? throw FunctionInvocation.Fail($"argument \"{name}\" must be a number, not {TypeConversion.Describe(invocation[index])}");

    /// <summary>A whole number within the range of <see cref="int"/> (indexes, sizes, bit counts).</summary>
    public static int Integer(this FunctionInvocation invocation, int index, string name)
    {
        var number = Number(invocation, index, name);
        if (decimal.Truncate(number) != number)
        {
            throw FunctionInvocation.Fail($"argument \"{name}\" must be a whole number, not {NumberFormat.Format(number)}");
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            throw FunctionInvocation.Fail($"argument \"{name}\" is out of range: {NumberFormat.Format(number)}");
        }

        return (int)number;
    }

    public static bool Bool(this FunctionInvocation invocation, int index, string name) =>
        TypeConversion.ToPrimitiveBool(NotNull(invocation, index, name))
        ?? throw FunctionInvocation.Fail($"argument \"{name}\" must be a bool, not {TypeConversion.Describe(invocation[index])}");

    /// <summary>A list, set or tuple.</summary>
    public static ListValue Sequence(this FunctionInvocation invocation, int index, string name) =>
        NotNull(invocation, index, name) as ListValue
        ?? throw FunctionInvocation.Fail($"argument \"{name}\" must be a list, set or tuple, not {TypeConversion.Describe(invocation[index])}");

    /// <summary>A map or object.</summary>
    public static MapValue Mapping(this FunctionInvocation invocation, int index, string name) =>
        NotNull(invocation, index, name) as MapValue
        ?? throw FunctionInvocation.Fail($"argument \"{name}\" must be a map or object, not {TypeConversion.Describe(invocation[index])}");

    public static Value NotNull(this FunctionInvocation invocation, int index, string name)
    {
        var value = invocation[index];
        if (value.IsAbsent)
        {
            throw FunctionInvocation.Fail($"argument \"{name}\" must not be null");
        }

        return value;
    }

    /// <summary>The string value of a collection element, converted as Terraform converts a list of primitives to list(string).</summary>
    public static string ElementString(Value element, string what, int position) =>
        element.IsAbsent
            ? throw FunctionInvocation.Fail($"element {position} of {what} is null")
            : TypeConversion.ToPrimitiveString(element)
              ?? throw FunctionInvocation.Fail($"element {position} of {what} must be a string, not {TypeConversion.Describe(element)}");

    /// <summary>True when any element, at any depth, is unknown: the result then depends on something not yet known.</summary>
    public static bool ContainsUnknown(Value value) => value switch
    {
        UnknownValue => true,
        ListValue list => list.Items.Any(ContainsUnknown),
        MapValue map => map.Entries.Any(e => ContainsUnknown(e.Value)),
        _ => false,
    };

    /// <summary>Every unknown found inside <paramref name="values"/>, for <see cref="UnknownValue.Combine"/>.</summary>
    public static IEnumerable<Value> Unknowns(IEnumerable<Value> values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case UnknownValue:
                    yield return value;
                    break;
                case ListValue list:
                    foreach (var inner in Unknowns(list.Items))
                    {
                        yield return inner;
                    }

                    break;
                case MapValue map:
                    foreach (var inner in Unknowns(map.Entries.Select(e => e.Value)))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>An unknown result that keeps the references of every unknown among the arguments.</summary>
    public static UnknownValue UnknownResult(this FunctionInvocation invocation, params Value[] sources) =>
        UnknownValue.Combine(invocation.Range, Unknowns(sources.Length == 0 ? invocation.Arguments : sources));
}
