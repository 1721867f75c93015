using System.Globalization;
using System.Text;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// JSON as Terraform writes it (Go's encoding/json): compact, object keys sorted, numbers without trailing
/// zeros, and &lt;, &gt;, &amp;, U+2028 and U+2029 escaped so the text is safe inside HTML and JavaScript.
/// </summary>
internal static class JsonValueWriter
{
    /// <summary>The JSON text of a wholly known value; the caller checks for unknowns first.</summary>
    public static string Write(Value value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendString(builder, text);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Value value)
    {
        switch (value)
        {
            case NullValue or MissingValue:
                builder.Append("null");
                break;
            case BoolValue b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NumberValue n:
                builder.Append(NumberFormat.Format(n.Value));
                break;
            case StringValue s:
                AppendString(builder, s.Value);
                break;
            case ListValue list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, list.Items[i]);
                }

                builder.Append(']');
                break;
            case MapValue map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map.Entries)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    AppendString(builder, key);
                    builder.Append(':');
                    Append(builder, item);
                }

                builder.Append('}');
                break;
            default:
                throw FunctionInvocation.Fail("cannot serialize an unknown value as JSON");
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
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
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
