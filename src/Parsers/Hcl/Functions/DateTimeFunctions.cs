using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>formatdate, timeadd and timecmp over RFC 3339 timestamps; timestamp and plantimestamp are unknown before apply.</summary>
internal static partial class DateTimeFunctions
{
    public static IEnumerable<HclFunction> All =>
    [
        new("formatdate", 2, 2, FormatDate),
        new("timeadd", 2, 2, TimeAdd),
        new("timecmp", 2, 2, TimeCompare),
        new("timestamp", 0, 0, Impure) { IsImpure = true },
        new("plantimestamp", 0, 0, Impure) { IsImpure = true },
    ];

    private static Value Impure(FunctionInvocation invocation) =>
        new UnknownValue($"{invocation.Name}() is the time Terraform runs", invocation.Range);

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    /// <summary>Parses an RFC 3339 timestamp, keeping its offset (Terraform formats in the timestamp's own zone).</summary>
    private static DateTimeOffset Parse(string text)
    {
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            throw FunctionInvocation.Fail($"not a valid RFC3339 timestamp: cannot use \"{text}\" as a timestamp");
        }

        try
        {
            var offset = match.Groups[8].Value is "Z" or "z"
                ? TimeSpan.Zero
                : TimeSpan.ParseExact(match.Groups[8].Value[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (match.Groups[8].Value[0] == '-' ? -1 : 1);
            int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
            var value = new DateTimeOffset(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), offset);
            if (match.Groups[7].Success)
            {
                var fraction = match.Groups[7].Value[1..];
                var ticks = long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
                value = value.AddTicks(ticks);
            }

            return value;
        }
        catch (ArgumentException)
        {
            throw FunctionInvocation.Fail($"not a valid RFC3339 timestamp: \"{text}\" is out of range");
        }
    }

    private static bool IsUtc(string text) => text.EndsWith('Z') || text.EndsWith('z');

    private static Value FormatDate(FunctionInvocation invocation)
    {
        var spec = invocation.String(0, "spec");
        var timestampText = invocation.String(1, "timestamp");
        var time = Parse(timestampText);
        var utc = IsUtc(timestampText);
        var builder = new StringBuilder();
        var i = 0;
        while (i < spec.Length)
        {
            var c = spec[i];
            if (c == '\'')
            {
                // Quoted literal text; '' is a literal quote.
                if (i + 1 < spec.Length && spec[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i += 2;
                    continue;
                }

                // Inside a literal, '' is also a quote rather than its end.
                var position = i + 1;
                var closed = false;
                while (position < spec.Length)
                {
                    if (spec[position] == '\'')
                    {
                        if (position + 1 < spec.Length && spec[position + 1] == '\'')
                        {
                            builder.Append('\'');
                            position += 2;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    builder.Append(spec[position]);
                    position++;
                }

                if (!closed)
                {
                    throw FunctionInvocation.Fail("unterminated literal in format string: a quote must be closed by another quote");
                }

                i = position + 1;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < spec.Length && spec[end] == c)
            {
                end++;
            }

            builder.Append(FormatSequence(spec[i..end], time, utc));
            i = end;
        }

        return invocation.String(builder.ToString());
    }

    private static string FormatSequence(string sequence, DateTimeOffset time, bool utc)
    {
        var hour12 = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture);
        var minutes = Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
        return sequence switch
        {
            "YYYY" => time.Year.ToString("0000", CultureInfo.InvariantCulture),
            "YY" => (time.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "MMMM" => time.ToString("MMMM", CultureInfo.InvariantCulture),
            "MMM" => time.ToString("MMM", CultureInfo.InvariantCulture),
            "MM" => time.Month.ToString("00", CultureInfo.InvariantCulture),
            "M" => time.Month.ToString(CultureInfo.InvariantCulture),
            "DD" => time.Day.ToString("00", CultureInfo.InvariantCulture),
            "D" => time.Day.ToString(CultureInfo.InvariantCulture),
            "EEEE" => time.DayOfWeek.ToString(),
            "EEE" => time.DayOfWeek.ToString()[..3],
            "hh" => time.Hour.ToString("00", CultureInfo.InvariantCulture),
            "h" => time.Hour.ToString(CultureInfo.InvariantCulture),
            "HH" => hour12.ToString("00", CultureInfo.InvariantCulture),
            "H" => hour12.ToString(CultureInfo.InvariantCulture),
            "AA" => time.Hour < 12 ? "AM" : "PM",
            "aa" => time.Hour < 12 ? "am" : "pm",
            "mm" => time.Minute.ToString("00", CultureInfo.InvariantCulture),
            "m" => time.Minute.ToString(CultureInfo.InvariantCulture),
            "ss" => time.Second.ToString("00", CultureInfo.InvariantCulture),
            "s" => time.Second.ToString(CultureInfo.InvariantCulture),
            "ZZZZZ" => $"{sign}{hours}:{minutes}",
            "ZZZZ" => $"{sign}{hours}{minutes}",
            "ZZZ" => utc ? "UTC" : $"{sign}{hours}{minutes}",
            "Z" => utc ? "Z" : $"{sign}{hours}:{minutes}",
            _ => throw FunctionInvocation.Fail($"invalid date format verb \"{sequence}\": unsupported sequence"),
        };
    }

    private static Value TimeAdd(FunctionInvocation invocation)
    {
        var timestampText = invocation.String(0, "timestamp");
        var time = Parse(timestampText);
        var duration = ParseDuration(invocation.String(1, "duration"));
        DateTimeOffset result;
        try
        {
            result = time.Add(duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw FunctionInvocation.Fail("the resulting time is out of range");
        }

        // Go's RFC 3339 layout drops fractional seconds and writes Z for UTC.
        var text = result.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + (IsUtc(timestampText) ? "Z" : result.ToString("zzz", CultureInfo.InvariantCulture));
        return invocation.String(text);
    }

    /// <summary>Go's time.ParseDuration: a signed sequence of decimal numbers with units ns, us, µs, ms, s, m, h.</summary>
    private static TimeSpan ParseDuration(string text)
    {
        var fail = FunctionInvocation.Fail($"time: invalid duration \"{text}\"");
        var rest = text;
        var negative = false;
        if (rest.StartsWith('-') || rest.StartsWith('+'))
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }

        if (rest == "0")
        {
            return TimeSpan.Zero;
        }

        if (rest.Length == 0)
        {
            throw fail;
        }

        decimal totalNanoseconds = 0;
        while (rest.Length > 0)
        {
            var numberLength = 0;
            while (numberLength < rest.Length && (char.IsAsciiDigit(rest[numberLength]) || rest[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 || !decimal.TryParse(rest[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw fail;
            }

            rest = rest[numberLength..];
            var unitLength = 0;
            while (unitLength < rest.Length && !(char.IsAsciiDigit(rest[unitLength]) || rest[unitLength] == '.'))
            {
                unitLength++;
            }

            decimal nanosecondsPerUnit = rest[..unitLength] switch
            {
                "ns" => 1m,
                "us" or "µs" or "μs" => 1_000m,
                "ms" => 1_000_000m,
                "s" => 1_000_000_000m,
                "m" => 60_000_000_000m,
                "h" => 3_600_000_000_000m,
                "" => throw FunctionInvocation.Fail($"time: missing unit in duration \"{text}\""),
                var unit => throw FunctionInvocation.Fail($"time: unknown unit \"{unit}\" in duration \"{text}\""),
            };
            rest = rest[unitLength..];
            totalNanoseconds += amount * nanosecondsPerUnit;
        }

        var ticks = decimal.Truncate(totalNanoseconds / 100);
        if (ticks > long.MaxValue)
        {
            throw FunctionInvocation.Fail($"time: invalid duration \"{text}\"");
        }

        return TimeSpan.FromTicks((long)(negative ? -ticks : ticks));
    }

    private static Value TimeCompare(FunctionInvocation invocation)
    {
        var a = Parse(invocation.String(0, "timestamp_a"));
        var b = Parse(invocation.String(1, "timestamp_b"));
        return invocation.Number(a.UtcDateTime.CompareTo(b.UtcDateTime) switch { < 0 => -1, 0 => 0, _ => 1 });
    }
}
