using System.Globalization;
using System.Numerics;
using System.Text;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// The printf-like language of <c>format</c> and <c>formatlist</c>: verbs %% %v %#v %t %b %d %o %x %X %e %E
/// %f %g %G %s %q; flags + - space 0 #; width; precision; explicit argument indexes such as %[2]d, after which
/// the following verbs continue with the next argument. Widths and precisions count Unicode characters.
/// </summary>
internal static class FormatSpecification
{
    private sealed class Verb
    {
        public required string Raw { get; init; }
        public int Offset { get; init; }
        public int Argument { get; init; }
        public char Mode { get; init; }
        public bool Zero { get; init; }
        public bool Sharp { get; init; }
        public bool Plus { get; init; }
        public bool Minus { get; init; }
        public bool Space { get; init; }
        public int Width { get; init; } = -1;
        public int Precision { get; init; } = -1;
    }

    public static string Format(string spec, IReadOnlyList<Value> arguments)
    {
        var output = new StringBuilder();
        var nextArgument = 1;
        var highestUsed = 0;
        var i = 0;
        while (i < spec.Length)
        {
            var c = spec[i];
            if (c != '%')
            {
                output.Append(c);
                i++;
                continue;
            }

            if (i + 1 < spec.Length && spec[i + 1] == '%')
            {
                output.Append('%');
                i += 2;
                continue;
            }

            var verb = ParseVerb(spec, ref i, nextArgument);
            AppendVerb(output, verb, arguments);
            highestUsed = Math.Max(highestUsed, verb.Argument);
            nextArgument = verb.Argument + 1;
        }

        if (highestUsed < arguments.Count)
        {
            throw FunctionInvocation.Fail($"too many arguments; only {highestUsed} used by format string");
        }

        return output.ToString();
    }

    private static Verb ParseVerb(string spec, ref int i, int nextArgument)
    {
        var start = i;
        i++;
        bool zero = false, sharp = false, plus = false, minus = false, space = false;
        while (i < spec.Length && spec[i] is '0' or '#' or '-' or '+' or ' ')
        {
            switch (spec[i])
            {
                case '0': zero = true; break;
                case '#': sharp = true; break;
                case '-': minus = true; break;
                case '+': plus = true; break;
                default: space = true; break;
            }

            i++;
        }

        var argument = nextArgument;
        if (i < spec.Length && spec[i] == '[')
        {
            i++;
            var digitsStart = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                i++;
            }

            if (i == digitsStart || spec[digitsStart] == '0' || i >= spec.Length || spec[i] != ']')
            {
                throw Unrecognized(spec, i);
            }

            argument = int.Parse(spec.AsSpan(digitsStart, i - digitsStart), CultureInfo.InvariantCulture);
            i++;
        }

        var width = ReadNumber(spec, ref i);
        var precision = -1;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            precision = ReadNumber(spec, ref i);
            if (precision < 0)
            {
                precision = 0;
            }
        }

        if (i >= spec.Length)
        {
            throw FunctionInvocation.Fail($"invalid format string starting at offset {start}");
        }

        if (!char.IsAsciiLetter(spec[i]))
        {
            throw Unrecognized(spec, i);
        }

        var mode = spec[i];
        i++;
        return new Verb
        {
            Raw = spec[start..i],
            Offset = start,
            Argument = argument,
            Mode = mode,
            Zero = zero,
            Sharp = sharp,
            Plus = plus,
            Minus = minus,
            Space = space,
            Width = width,
            Precision = precision,
        };
    }

    private static FunctionException Unrecognized(string spec, int offset) =>
        offset >= spec.Length
            ? FunctionInvocation.Fail($"invalid format string starting at offset {offset}")
            : FunctionInvocation.Fail($"unrecognized format character '{spec[offset]}' at offset {offset}");

    private static int ReadNumber(string spec, ref int i)
    {
        var start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            i++;
        }

        return i == start ? -1 : int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    private static void AppendVerb(StringBuilder output, Verb verb, IReadOnlyList<Value> arguments)
    {
        if (verb.Argument > arguments.Count)
        {
            throw FunctionInvocation.Fail($"not enough arguments for \"{verb.Raw}\" at {verb.Offset}: need index {verb.Argument} but have {arguments.Count} total");
        }

        var argument = arguments[verb.Argument - 1];
        if (verb.Mode != 'v' && argument.IsAbsent)
        {
            throw FunctionInvocation.Fail($"unsupported value for \"{verb.Raw}\" at {verb.Offset}: null value cannot be formatted");
        }

        switch (verb.Mode)
        {
            case 'v':
                output.Append(Pad(verb, FormatAsIs(verb, argument)));
                break;
            case 't':
                var b = TypeConversion.ToPrimitiveBool(argument) ?? throw Unsupported(verb, "bool required");
                output.Append(b ? "true" : "false");
                break;
            case 'b' or 'd' or 'o' or 'x' or 'X':
                output.Append(FormatInteger(verb, TypeConversion.ToPrimitiveNumber(argument) ?? throw Unsupported(verb, "number required")));
                break;
            case 'e' or 'E' or 'f' or 'g' or 'G':
                var number = TypeConversion.ToPrimitiveNumber(argument) ?? throw Unsupported(verb, "number required");
                output.Append(SignAndPad(verb, number < 0, FloatBody(verb.Mode, Math.Abs(number), verb.Precision)));
                break;
            case 's' or 'q':
                var text = TypeConversion.ToPrimitiveString(argument) ?? throw Unsupported(verb, "string required");
                if (verb.Precision > 0)
                {
                    text = string.Concat(TextElements.Split(text).Take(verb.Precision));
                }

                output.Append(Pad(verb, verb.Mode == 'q' ? JsonValueWriter.Quote(text) : text));
                break;
            default:
                throw FunctionInvocation.Fail($"unsupported format verb '{verb.Mode}' in \"{verb.Raw}\" at offset {verb.Offset}");
        }
    }

    private static FunctionException Unsupported(Verb verb, string reason) =>
        FunctionInvocation.Fail($"unsupported value for \"{verb.Raw}\" at {verb.Offset}: {reason}");

    private static string FormatAsIs(Verb verb, Value argument)
    {
        if (!verb.Sharp)
        {
            switch (argument)
            {
                case StringValue s:
                    return s.Value;
                case NumberValue n:
                    return (n.Value < 0 ? "-" : string.Empty) + FloatBody('g', Math.Abs(n.Value), -1);
            }
        }

        return JsonValueWriter.Write(argument);
    }

    /// <summary>Pads to the width with spaces (or zeros with the 0 flag), on the left unless the - flag is given.</summary>
    private static string Pad(Verb verb, string text)
    {
        var length = TextElements.Count(text);
        if (verb.Width < 0 || length >= verb.Width)
        {
            return text;
        }

        var padding = new string(verb.Zero ? '0' : ' ', verb.Width - length);
        return verb.Minus ? text + padding : padding + text;
    }

    private static string SignAndPad(Verb verb, bool negative, string body)
    {
        var sign = negative ? "-" : verb.Plus ? "+" : verb.Space ? " " : string.Empty;
        var length = sign.Length + body.Length;
        if (verb.Width < 0 || length >= verb.Width)
        {
            return sign + body;
        }

        var padLength = verb.Width - length;
        if (verb.Minus)
        {
            return sign + body + new string(' ', padLength);
        }

        return verb.Zero ? sign + new string('0', padLength) + body : new string(' ', padLength) + sign + body;
    }

    private static string FormatInteger(Verb verb, decimal number)
    {
        if (decimal.Truncate(number) != number)
        {
            throw Unsupported(verb, "an integer is required");
        }

        var magnitude = BigInteger.Abs(new BigInteger(number));
        var (radix, prefix) = verb.Mode switch
        {
            'b' => (2, "0b"),
            'o' => (8, "0"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, string.Empty),
        };
        var digits = ToRadix(magnitude, radix);
        if (verb.Mode == 'X')
        {
            digits = digits.ToUpperInvariant();
        }

        if (verb.Precision >= 0)
        {
            digits = verb.Precision == 0 && magnitude.IsZero ? string.Empty : digits.PadLeft(verb.Precision, '0');
        }

        if (!verb.Sharp || (verb.Mode == 'o' && digits.StartsWith('0')))
        {
            prefix = string.Empty;
        }

        var sign = number < 0 ? "-" : verb.Plus ? "+" : verb.Space ? " " : string.Empty;
        var body = prefix + digits;
        var length = sign.Length + body.Length;
        if (verb.Width < 0 || length >= verb.Width)
        {
            return sign + body;
        }

        var padLength = verb.Width - length;
        if (verb.Minus)
        {
            return sign + body + new string(' ', padLength);
        }

        // Zero padding applies only without an explicit precision, as in Go.
        return verb.Zero && verb.Precision < 0
            ? sign + prefix + new string('0', padLength) + digits
            : new string(' ', padLength) + sign + body;
    }

    private static string ToRadix(BigInteger value, int radix)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var builder = new StringBuilder();
        while (!value.IsZero)
        {
            builder.Insert(0, "0123456789abcdef"[(int)(value % radix)]);
            value /= radix;
        }

        return builder.ToString();
    }

    /// <summary>The digits of a non-negative number in %e, %f or %g style, following Go's strconv rules.</summary>
    public static string FloatBody(char mode, decimal magnitude, int precision)
    {
        var (digits, point) = Decompose(magnitude);
        switch (mode)
        {
            case 'e' or 'E':
                {
                    var p = precision < 0 ? 6 : precision;
                    (digits, point) = Round(digits, point, p + 1);
                    return Exponential(digits, point, p, mode);
                }

            case 'f':
                {
                    var p = precision < 0 ? 6 : precision;
                    (digits, point) = Round(digits, point, point + p);
                    return Fixed(digits, point, p);
                }

            default:
                {
                    var shortest = precision < 0;
                    var p = precision;
                    if (shortest)
                    {
                        p = digits.Length;
                    }
                    else
                    {
                        if (p == 0)
                        {
                            p = 1;
                        }

                        (digits, point) = Round(digits, point, p);
                    }

                    var exponentLimit = p;
                    if (exponentLimit > digits.Length && digits.Length >= point)
                    {
                        exponentLimit = digits.Length;
                    }

                    if (shortest)
                    {
                        exponentLimit = 6;
                    }

                    var exponent = point - 1;
                    if (digits.Length == 0)
                    {
                        exponent = 0;
                    }

                    var exponentMode = mode == 'G' ? 'E' : 'e';
                    if (exponent < -4 || exponent >= exponentLimit)
                    {
                        if (p > digits.Length)
                        {
                            p = digits.Length;
                        }

                        return Exponential(digits, point, Math.Max(p - 1, 0), exponentMode);
                    }

                    if (p > point)
                    {
                        p = digits.Length;
                    }

                    return Fixed(digits, point, Math.Max(p - point, 0));
                }
        }
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the position of the decimal point: 12.5 is ("125", 2).</summary>
    private static (string Digits, int Point) Decompose(decimal magnitude)
    {
        var text = NumberFormat.Format(magnitude);
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        var all = whole + fraction;
        var point = whole.Length;
        var leading = 0;
        while (leading < all.Length && all[leading] == '0')
        {
            leading++;
        }

        all = all[leading..];
        point -= leading;
        all = all.TrimEnd('0');
        return all.Length == 0 ? (string.Empty, 0) : (all, point);
    }

    /// <summary>Rounds to <paramref name="count"/> significant digits, half to even, and drops trailing zeros.</summary>
    private static (string Digits, int Point) Round(string digits, int point, int count)
    {
        if (count < 0)
        {
            return (string.Empty, 0);
        }

        if (count >= digits.Length)
        {
            return (digits, point);
        }

        bool roundUp;
        var next = digits[count];
        if (next > '5')
        {
            roundUp = true;
        }
        else if (next < '5')
        {
            roundUp = false;
        }
        else
        {
            var anyAfter = digits.AsSpan(count + 1).IndexOfAnyExcept('0') >= 0;
            roundUp = anyAfter || (count > 0 && (digits[count - 1] - '0') % 2 == 1);
        }

        var kept = digits[..count].ToCharArray();
        if (roundUp)
        {
            var position = count - 1;
            while (position >= 0 && kept[position] == '9')
            {
                kept[position] = '0';
                position--;
            }

            if (position < 0)
            {
                return ("1", point + 1);
            }

            kept[position]++;
        }

        var result = new string(kept).TrimEnd('0');
        return result.Length == 0 ? (string.Empty, 0) : (result, point);
    }

    private static string Exponential(string digits, int point, int precision, char mode)
    {
        var builder = new StringBuilder();
        builder.Append(digits.Length > 0 ? digits[0] : '0');
        if (precision > 0)
        {
            builder.Append('.');
            for (var k = 1; k <= precision; k++)
            {
                builder.Append(k < digits.Length ? digits[k] : '0');
            }
        }

        var exponent = digits.Length == 0 ? 0 : point - 1;
        builder.Append(mode).Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent);
        builder.Append(magnitude < 10 ? "0" : string.Empty).Append(magnitude.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private static string Fixed(string digits, int point, int precision)
    {
        var builder = new StringBuilder();
        if (point <= 0)
        {
            builder.Append('0');
        }
        else
        {
            for (var k = 0; k < point; k++)
            {
                builder.Append(k < digits.Length ? digits[k] : '0');
            }
        }

        if (precision > 0)
        {
            builder.Append('.');
            for (var k = 0; k < precision; k++)
            {
                var index = point + k;
                builder.Append(index >= 0 && index < digits.Length ? digits[index] : '0');
            }
        }

        return builder.ToString();
    }
}
