using System.Text;
using System.Text.RegularExpressions;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Terraform's patterns are RE2 syntax (Go's regexp). This translates the RE2 spellings .NET reads
/// differently (<c>(?P&lt;name&gt;</c>, <c>\pL</c>, <c>\Q…\E</c>, POSIX classes, ASCII-only <c>\d \w \s</c>,
/// <c>$</c> meaning end of text) and compiles with the non-backtracking engine, which like RE2 runs in linear
/// time and rejects backreferences and lookaround.
/// </summary>
internal static class Re2Regex
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = @"\x00-\x7F",
        ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = @"!-~",
        ["lower"] = "a-z",
        ["print"] = @" -~",
        ["punct"] = @"!-/:-@\[-`{-~",
        ["space"] = @"\t\n\v\f\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    public static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(Translate(pattern), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw FunctionInvocation.Fail($"invalid regular expression pattern: {e.Message}");
        }
        catch (NotSupportedException e)
        {
            throw FunctionInvocation.Fail($"invalid regular expression pattern: {e.Message}");
        }
    }

    /// <summary>All matches, skipping an empty match that abuts the previous match, as Go's regexp does.</summary>
    public static List<Match> Matches(Regex regex, string input)
    {
        var result = new List<Match>();
        var previousEnd = -1;
        try
        {
            foreach (Match match in regex.Matches(input))
            {
                if (match.Length == 0 && match.Index == previousEnd)
                {
                    continue;
                }

                result.Add(match);
                previousEnd = match.Index + match.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw FunctionInvocation.Fail("the regular expression took too long to match");
        }

        return result;
    }

    /// <summary>Expands a Go replacement template: <c>$1</c>, <c>${1}</c>, <c>$name</c>, <c>${name}</c>, <c>$$</c>.</summary>
    public static string Expand(string template, Match match, Regex regex)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                builder.Append(c);
                continue;
            }

            if (template[i + 1] == '$')
            {
                builder.Append('$');
                i++;
                continue;
            }

            string? name;
            int end;
            if (template[i + 1] == '{')
            {
                var close = template.IndexOf('}', i + 2);
                name = close < 0 ? null : template[(i + 2)..close];
                end = close;
                if (name is not null && (name.Length == 0 || !name.All(IsNameChar)))
                {
                    name = null;
                }
            }
            else
            {
                end = i + 1;
                while (end < template.Length && IsNameChar(template[end]))
                {
                    end++;
                }

                name = end == i + 1 ? null : template[(i + 1)..end];
                end--;
            }

            if (name is null)
            {
                // Malformed: Go keeps the dollar sign as text.
                builder.Append('$');
                continue;
            }

            var group = name.All(char.IsAsciiDigit)
                ? (int.TryParse(name, out var number) && number < regex.GetGroupNumbers().Length ? match.Groups[number] : null)
                : (regex.GroupNumberFromName(name) >= 0 && !name.All(char.IsAsciiDigit) ? match.Groups[name] : null);
            if (group is { Success: true })
            {
                builder.Append(group.Value);
            }

            i = end;
        }

        return builder.ToString();
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var multiline = false;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                i++;
                switch (next)
                {
                    case 'Q':
                        var endQuote = pattern.IndexOf("\\E", i + 1, StringComparison.Ordinal);
                        var literal = endQuote < 0 ? pattern[(i + 1)..] : pattern[(i + 1)..endQuote];
                        builder.Append(inClass ? literal.Replace("\\", "\\\\").Replace("]", "\\]").Replace("-", "\\-").Replace("^", "\\^") : Regex.Escape(literal));
                        i = endQuote < 0 ? pattern.Length : endQuote + 1;
                        break;
                    case 'd':
                        builder.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'D' when !inClass:
                        builder.Append("[^0-9]");
                        break;
                    case 'w':
                        builder.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]");
                        break;
                    case 'W' when !inClass:
                        builder.Append("[^0-9A-Za-z_]");
                        break;
                    case 's':
                        builder.Append(inClass ? @"\t\n\f\r " : @"[\t\n\f\r ]");
                        break;
                    case 'S' when !inClass:
                        builder.Append(@"[^\t\n\f\r ]");
                        break;
                    case 'p' or 'P' when i + 1 < pattern.Length && pattern[i + 1] != '{':
                        builder.Append('\\').Append(next).Append('{').Append(pattern[i + 1]).Append('}');
                        i++;
                        break;
                    default:
                        builder.Append('\\').Append(next);
                        break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (close > 0)
                    {
                        var name = pattern[(i + 2)..close];
                        var negated = name.StartsWith('^');
                        if (!negated && PosixClasses.TryGetValue(name, out var ranges))
                        {
                            builder.Append(ranges);
                            i = close + 1;
                            continue;
                        }
                    }
                }

                if (c == '[')
                {
                    // .NET would read "[a[b]" as a subtraction or nested class; in RE2 the bracket is literal.
                    builder.Append(@"\[");
                    continue;
                }

                if (c == ']')
                {
                    inClass = false;
                }

                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    builder.Append(c);

                    // A "]" right after "[" or "[^" is a literal member of the class.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        builder.Append('^');
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        builder.Append(@"\]");
                        i++;
                    }

                    break;
                case '(' when pattern.AsSpan(i).StartsWith("(?P<"):
                    builder.Append("(?<");
                    i += 3;
                    break;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] != '<' && pattern[i + 2] != ':':
                    // A flag group such as (?i) or (?sm:...): note multiline, so "$" keeps its meaning.
                    var flagsEnd = i + 2;
                    while (flagsEnd < pattern.Length && pattern[flagsEnd] is not (')' or ':'))
                    {
                        flagsEnd++;
                    }

                    var flags = pattern[(i + 2)..Math.Min(flagsEnd, pattern.Length)];
                    if (flags.Contains('U'))
                    {
                        throw FunctionInvocation.Fail("invalid regular expression pattern: the ungreedy flag (?U) is not supported");
                    }

                    var minus = flags.IndexOf('-');
                    if ((minus < 0 ? flags : flags[..minus]).Contains('m'))
                    {
                        multiline = true;
                    }

                    builder.Append(c);
                    break;
                case '$' when !multiline:
                    // In RE2, "$" without the m flag is the end of the text, not also before a final newline.
                    builder.Append(@"\z");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
