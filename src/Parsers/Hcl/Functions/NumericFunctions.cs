using System.Globalization;
using System.Numerics;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>abs, ceil, floor, log, max, min, parseint, pow, signum, sum.</summary>
internal static class NumericFunctions
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static IEnumerable<HclFunction> All =>
    [
        new("abs", 1, 1, i => i.Number(Math.Abs(i.Number(0, "num")))),
        new("ceil", 1, 1, i => i.Number(decimal.Ceiling(i.Number(0, "num")))),
        new("floor", 1, 1, i => i.Number(decimal.Floor(i.Number(0, "num")))),
        new("log", 2, 2, Log),
        new("max", 1, -1, i => i.Number(Numbers(i).Max())),
        new("min", 1, -1, i => i.Number(Numbers(i).Min())),
        new("parseint", 2, 2, ParseInt),
        new("pow", 2, 2, Pow),
        new("signum", 1, 1, i => i.Number(Math.Sign(i.Number(0, "num")))),
        new("sum", 1, 1, Sum),
    ];

    /// <summary>Turns a double result into a decimal through its shortest round-trip text, as Terraform prints float results.</summary>
    public static decimal FromDouble(double value, string what)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28)
        {
            throw FunctionInvocation.Fail($"the result of {what} is not a finite number that can be represented");
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<decimal> Numbers(FunctionInvocation invocation) =>
        Enumerable.Range(0, invocation.Count).Select(i => invocation.Number(i, "numbers"));

    private static Value Log(FunctionInvocation invocation)
    {
        var number = (double)invocation.Number(0, "num");
        var numberBase = (double)invocation.Number(1, "base");
        return invocation.Number(FromDouble(Math.Log(number) / Math.Log(numberBase), "log"));
    }

    private static Value Pow(FunctionInvocation invocation)
    {
        var number = invocation.Number(0, "num");
        var power = invocation.Number(1, "power");

        // Whole powers are computed exactly in decimal so that pow(1.1, 2) is 1.21, not 1.2100000000000002.
        if (decimal.Truncate(power) == power && Math.Abs(power) <= 1000)
        {
            try
            {
                decimal result = 1;
                for (var k = 0; k < Math.Abs(power); k++)
                {
                    result *= number;
                }

                if (power >= 0)
                {
                    return invocation.Number(result);
                }

                if (result != 0)
                {
                    return invocation.Number(1 / result);
                }
            }
            catch (OverflowException)
            {
                // Falls through to the double computation, which reports the overflow.
            }
        }

        return invocation.Number(FromDouble(Math.Pow((double)number, (double)power), "pow"));
    }

    private static Value ParseInt(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "number");
        var numberBase = invocation.Number(1, "base");
        if (decimal.Truncate(numberBase) != numberBase || numberBase < 2 || numberBase > 62)
        {
            throw FunctionInvocation.Fail("base must be a whole number between 2 and 62 inclusive");
        }

        var radix = (int)numberBase;
        var body = text;
        var negative = false;
        if (body.StartsWith('+') || body.StartsWith('-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        if (body.Length == 0)
        {
            throw FunctionInvocation.Fail($"cannot parse \"{text}\" as a base {radix} integer");
        }

        var value = BigInteger.Zero;
        foreach (var c in body)
        {
            // Up to base 36 letters are case-insensitive; above, lowercase letters come before uppercase ones.
            var digit = radix <= 36 ? Digits.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal) : Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0 || digit >= radix)
            {
                throw FunctionInvocation.Fail($"cannot parse \"{text}\" as a base {radix} integer");
            }

            value = (value * radix) + digit;
        }

        if (negative)
        {
            value = -value;
        }

        if (value > (BigInteger)decimal.MaxValue || value < (BigInteger)decimal.MinValue)
        {
            throw FunctionInvocation.Fail($"cannot parse \"{text}\" as a base {radix} integer: the number is too large");
        }

        return invocation.Number((decimal)value);
    }

    private static Value Sum(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        if (list.Count == 0)
        {
            throw FunctionInvocation.Fail("cannot sum an empty list");
        }

        if (list.Items.Any(v => v.IsUnknown))
        {
            return invocation.UnknownResult(list);
        }

        decimal total = 0;
        for (var index = 0; index < list.Count; index++)
        {
            var item = list.Items[index];
            if (item.IsAbsent)
            {
                throw FunctionInvocation.Fail("argument must be list, set, or tuple of number values: element " + index + " is null");
            }

            total += TypeConversion.ToPrimitiveNumber(item)
                ?? throw FunctionInvocation.Fail($"argument must be list, set, or tuple of number values: element {index} is {TypeConversion.Describe(item)}");
        }

        return invocation.Number(total);
    }
}
