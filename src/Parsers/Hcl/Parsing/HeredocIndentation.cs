namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// For <c>&lt;&lt;-</c> heredocs: finds the smallest run of leading white space over all lines and removes that many
/// characters from the literal text that starts each line. Blank lines do not count, and a line that starts with an
/// interpolation has no indentation, as the HCL specification (and its conformance suite) says.
/// </summary>
internal static class HeredocIndentation
{
    public static void RemoveCommonIndentation(List<TemplateItem> items)
    {
        var minimum = int.MaxValue;
        var atLineStart = true;
        foreach (var item in items)
        {
            if (atLineStart)
            {
                var indentation = item is TemplateLiteralItem literal ? IndentationOf(literal.Value) : 0;
                minimum = Math.Min(minimum, indentation);
            }

            atLineStart = item is TemplateLiteralItem { Value: var value } && value.EndsWith('\n');
        }

        if (minimum is 0 or int.MaxValue)
        {
            return;
        }

        atLineStart = true;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (atLineStart && item is TemplateLiteralItem literal && IndentationOf(literal.Value) != int.MaxValue)
            {
                // Heredoc text has no backslash escapes, so the removed characters are exactly the source's.
                items[i] = literal with { Value = literal.Value[minimum..], Start = literal.Start + minimum };
            }

            atLineStart = items[i] is TemplateLiteralItem { Value: var value } && value.EndsWith('\n');
        }
    }

    /// <summary>The number of leading white-space characters, or <see cref="int.MaxValue"/> for a blank line.</summary>
    private static int IndentationOf(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] is not ('\n' or '\r') && char.IsWhiteSpace(line[count]))
        {
            count++;
        }

        var rest = line.AsSpan(count);
        return rest is "\n" or "\r\n" ? int.MaxValue : count;
    }
}
