using System.Text;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>String functions: case, trimming, searching, splitting and joining, regular expressions, format and templatestring.</summary>
internal static class StringFunctions
{
    public static IEnumerable<HclFunction> All =>
    [
        new("chomp", 1, 1, i => i.String(i.String(0, "str").TrimEnd('\r', '\n'))),
        new("endswith", 2, 2, i => i.Bool(i.String(0, "str").EndsWith(i.String(1, "suffix"), StringComparison.Ordinal))),
        new("startswith", 2, 2, i => i.Bool(i.String(0, "str").StartsWith(i.String(1, "prefix"), StringComparison.Ordinal))),
        new("strcontains", 2, 2, i => i.Bool(i.String(0, "str").Contains(i.String(1, "substr"), StringComparison.Ordinal))),
        new("format", 1, -1, Format),
        new("formatlist", 1, -1, FormatList),
        new("indent", 2, 2, Indent),
        new("join", 2, -1, Join),
        new("lower", 1, 1, i => i.String(i.String(0, "str").ToLowerInvariant())),
        new("upper", 1, 1, i => i.String(i.String(0, "str").ToUpperInvariant())),
        new("title", 1, 1, i => i.String(Title(i.String(0, "str")))),
        new("regex", 2, 2, RegexFunction),
        new("regexall", 2, 2, RegexAll),
        new("replace", 3, 3, Replace),
        new("split", 2, 2, Split),
        new("strrev", 1, 1, i => i.String(string.Concat(Enumerable.Reverse(TextElements.Split(i.String(0, "str")))))),
        new("substr", 3, 3, Substring),
        new("templatestring", 2, 2, TemplateString),
        new("trim", 2, 2, Trim),
        new("trimprefix", 2, 2, TrimPrefix),
        new("trimsuffix", 2, 2, TrimSuffix),
        new("trimspace", 1, 1, i => i.String(i.String(0, "str").Trim())),
    ];

    private static Value Format(FunctionInvocation invocation)
    {
        var spec = invocation.String(0, "format");
        var arguments = invocation.Arguments.RemoveAt(0);

        // Collections print as JSON, which needs every nested value.
        if (arguments.Any(FunctionArguments.ContainsUnknown))
        {
            return invocation.UnknownResult();
        }

        return invocation.String(FormatSpecification.Format(spec, arguments));
    }

    private static Value FormatList(FunctionInvocation invocation)
    {
        var spec = invocation.String(0, "format");
        var arguments = invocation.Arguments.RemoveAt(0);
        if (arguments.Length == 0)
        {
            return invocation.List([invocation.String(FormatSpecification.Format(spec, []))]);
        }

        var iterations = -1;
        var chosen = -1;
        for (var k = 0; k < arguments.Length; k++)
        {
            if (arguments[k] is ListValue list)
            {
                if (iterations < 0)
                {
                    iterations = list.Count;
                    chosen = k;
                }
                else if (list.Count != iterations)
                {
                    throw FunctionInvocation.Fail($"argument {k + 1} has length {list.Count}, which is inconsistent with argument {chosen + 1} of length {iterations}");
                }
            }
        }

        if (iterations < 0)
        {
            iterations = 1;
        }

        var results = new List<Value>(iterations);
        for (var index = 0; index < iterations; index++)
        {
            var callArguments = arguments.Select(a => a is ListValue list ? list.Items[index] : a).ToList();
            if (callArguments.Any(FunctionArguments.ContainsUnknown))
            {
                // Only this element depends on something unknown; the others can still be known.
                results.Add(UnknownValue.Combine(invocation.Range, FunctionArguments.Unknowns(callArguments)));
                continue;
            }

            try
            {
                results.Add(invocation.String(FormatSpecification.Format(spec, callArguments)));
            }
            catch (FunctionException e)
            {
                throw FunctionInvocation.Fail($"error on format iteration {index}: {e.Message}");
            }
        }

        return invocation.List(results);
    }

    private static Value Indent(FunctionInvocation invocation)
    {
        var spaces = invocation.Integer(0, "spaces");
        var text = invocation.String(1, "str");
        return invocation.String(text.Replace("\n", "\n" + new string(' ', Math.Max(spaces, 0))));
    }

    private static Value Join(FunctionInvocation invocation)
    {
        var separator = invocation.String(0, "separator");
        var parts = new List<string>();
        var unknowns = new List<Value>();
        for (var argument = 1; argument < invocation.Count; argument++)
        {
            var list = invocation.Sequence(argument, "lists");
            for (var index = 0; index < list.Count; index++)
            {
                var element = list.Items[index];
                if (element.IsUnknown)
                {
                    unknowns.Add(element);
                    continue;
                }

                parts.Add(FunctionArguments.ElementString(element, $"argument {argument + 1}", index));
            }
        }

        return unknowns.Count > 0 ? UnknownValue.Combine(invocation.Range, unknowns) : invocation.String(string.Join(separator, parts));
    }

    /// <summary>Go's strings.Title: a letter that follows a separator (anything but a letter, digit or underscore) is upper-cased.</summary>
    private static string Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previous = ' ';
        foreach (var rune in text.EnumerateRunes())
        {
            var isSeparator = IsSeparator(previous);
            builder.Append(isSeparator ? Rune.ToUpperInvariant(rune).ToString() : rune.ToString());
            previous = rune.IsBmp ? (char)rune.Value : 'a';
        }

        return builder.ToString();

        static bool IsSeparator(char c) =>
            c <= 0x7F ? !(char.IsAsciiLetterOrDigit(c) || c == '_') : !(char.IsLetterOrDigit(c)) && char.IsWhiteSpace(c);
    }

    private static Value RegexFunction(FunctionInvocation invocation)
    {
        var pattern = invocation.String(0, "pattern");
        var text = invocation.String(1, "string");
        var regex = Re2Regex.Compile(pattern);
        var shape = CaptureShape(regex);
        var matches = Re2Regex.Matches(regex, text);
        if (matches.Count == 0)
        {
            throw FunctionInvocation.Fail("pattern did not match any part of the given string");
        }

        return MatchResult(invocation, regex, shape, matches[0]);
    }

    private static Value RegexAll(FunctionInvocation invocation)
    {
        var pattern = invocation.String(0, "pattern");
        var text = invocation.String(1, "string");
        var regex = Re2Regex.Compile(pattern);
        var shape = CaptureShape(regex);
        return invocation.List(Re2Regex.Matches(regex, text).Select(m => MatchResult(invocation, regex, shape, m)));
    }

    private enum Captures
    {
        None,
        Unnamed,
        Named,
    }

    private static Captures CaptureShape(Regex regex)
    {
        var names = regex.GetGroupNames().Where(n => n != "0").ToList();
        if (names.Count == 0)
        {
            return Captures.None;
        }

        var named = names.Count(n => !n.All(char.IsAsciiDigit));
        if (named == 0)
        {
            return Captures.Unnamed;
        }

        return named == names.Count
            ? Captures.Named
            : throw FunctionInvocation.Fail("invalid regular expression pattern: cannot mix both named and unnamed capture groups");
    }

    /// <summary>The whole match without groups, a tuple of unnamed groups, or an object of named groups; a group that did not take part is null.</summary>
    private static Value MatchResult(FunctionInvocation invocation, Regex regex, Captures shape, Match match)
    {
        Value GroupValue(Group group) => group.Success ? invocation.String(group.Value) : invocation.Null();
        var groupNames = regex.GetGroupNames().Where(n => n != "0");
        return shape switch
        {
            Captures.None => invocation.String(match.Value),
            Captures.Unnamed => invocation.List(regex.GetGroupNumbers().Where(n => n != 0).Select(n => GroupValue(match.Groups[n])), SequenceShape.Tuple),
            _ => invocation.Map(groupNames.Select(n => new KeyValuePair<string, Value>(n, GroupValue(match.Groups[n]))), MappingShape.Object),
        };
    }

    private static Value Replace(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        var search = invocation.String(1, "substr");
        var replacement = invocation.String(2, "replace");
        if (search.Length > 1 && search.StartsWith('/') && search.EndsWith('/'))
        {
            var regex = Re2Regex.Compile(search[1..^1]);
            var builder = new StringBuilder();
            var position = 0;
            foreach (var match in Re2Regex.Matches(regex, text))
            {
                builder.Append(text, position, match.Index - position);
                builder.Append(Re2Regex.Expand(replacement, match, regex));
                position = match.Index + match.Length;
            }

            builder.Append(text, position, text.Length - position);
            return invocation.String(builder.ToString());
        }

        if (search.Length == 0)
        {
            // Go inserts the replacement before every character and at the end.
            var runes = text.EnumerateRunes().Select(r => r.ToString());
            return invocation.String(replacement + string.Concat(runes.Select(r => r + replacement)));
        }

        return invocation.String(text.Replace(search, replacement, StringComparison.Ordinal));
    }

    private static Value Split(FunctionInvocation invocation)
    {
        var separator = invocation.String(0, "separator");
        var text = invocation.String(1, "str");
        if (separator.Length == 0)
        {
            return invocation.StringList(text.EnumerateRunes().Select(r => r.ToString()));
        }

        return invocation.StringList(text.Split(separator));
    }

    private static Value Substring(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        var offset = invocation.Integer(1, "offset");
        var length = invocation.Integer(2, "length");
        var elements = TextElements.Split(text);
        if (offset < 0)
        {
            offset = Math.Max(elements.Count + offset, 0);
        }

        if (offset >= elements.Count)
        {
            return invocation.String(string.Empty);
        }

        var taken = length < 0 ? elements.Skip(offset) : elements.Skip(offset).Take(length);
        return invocation.String(string.Concat(taken));
    }

    private static Value TemplateString(FunctionInvocation invocation)
    {
        var template = invocation.String(0, "template");
        var variables = invocation.Mapping(1, "vars");
        return invocation.Environment.RenderTemplate(template, string.Empty, variables, invocation.Range);
    }

    private static Value Trim(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        var cutset = invocation.String(1, "cutset");
        var cut = cutset.EnumerateRunes().ToHashSet();
        var runes = text.EnumerateRunes().ToList();
        var start = 0;
        var end = runes.Count;
        while (start < end && cut.Contains(runes[start]))
        {
            start++;
        }

        while (end > start && cut.Contains(runes[end - 1]))
        {
            end--;
        }

        return invocation.String(string.Concat(runes.Skip(start).Take(end - start).Select(r => r.ToString())));
    }

    private static Value TrimPrefix(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        var prefix = invocation.String(1, "prefix");
        return invocation.String(text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text);
    }

    private static Value TrimSuffix(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        var suffix = invocation.String(1, "suffix");
        return invocation.String(text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text);
    }
}
