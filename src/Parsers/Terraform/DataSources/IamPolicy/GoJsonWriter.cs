using System.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Writes JSON exactly as Go's encoding/json does, because the provider's <c>json</c> attribute is
/// <c>json.MarshalIndent(doc, "", "  ")</c> and <c>minified_json</c> is <c>json.Marshal(doc)</c>:
/// no space in the compact form; in the indented form one property or element per line, two spaces per
/// level, a space after the colon, and empty arrays and objects as <c>[]</c> and <c>{}</c>. Strings are
/// escaped with Go's HTML-safe rules: <c>&lt; &gt; &amp;</c>, U+2028 and U+2029 become <c>\u003c</c> and
/// the like, control characters use <c>\b \f \n \r \t</c> or <c>\u00XX</c>, and everything else is written as is.
/// </summary>
internal static class GoJsonWriter
{
    private const string Indent = "  ";

    public static string Write(JsonNode node, bool indented)
    {
        var builder = new StringBuilder();
        Write(builder, node, indented ? 0 : -1);
        return builder.ToString();
    }

    /// <param name="depth">The nesting level when indenting; -1 for the compact form.</param>
    private static void Write(StringBuilder builder, JsonNode node, int depth)
    {
        switch (node)
        {
            case JsonText text:
                WriteString(builder, text.Value);
                break;
            case JsonArray array:
                WriteContainer(builder, '[', ']', array.Items.Length, depth, (index, childDepth) => Write(builder, array.Items[index], childDepth));
                break;
            case JsonObject obj:
                WriteContainer(builder, '{', '}', obj.Properties.Length, depth, (index, childDepth) =>
                {
                    WriteString(builder, obj.Properties[index].Key);
                    builder.Append(depth >= 0 ? ": " : ":");
                    Write(builder, obj.Properties[index].Value, childDepth);
                });
                break;
        }
    }

    private static void WriteContainer(StringBuilder builder, char open, char close, int count, int depth, Action<int, int> writeChild)
    {
        builder.Append(open);
        if (count == 0)
        {
            builder.Append(close);
            return;
        }

        var childDepth = depth >= 0 ? depth + 1 : -1;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            NewLine(builder, childDepth);
            writeChild(i, childDepth);
        }

        NewLine(builder, depth);
        builder.Append(close);
    }

    private static void NewLine(StringBuilder builder, int depth)
    {
        if (depth < 0)
        {
            return;
        }

        builder.Append('\n');
        for (var i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        // A well-formed pair is one character; a lone surrogate is invalid UTF-8, which Go writes as U+FFFD.
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else
                        {
                            builder.Append("\\ufffd");
                        }
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
