using System.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>A compact HCL-like rendering of a value for messages and debugging.</summary>
public static class ValueDisplay
{
    public static string Format(Value value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Value value)
    {
        switch (value)
        {
            case MissingValue:
                builder.Append("(missing)");
                break;
            case NullValue:
                builder.Append("null");
                break;
            case UnknownValue unknown:
                builder.Append("(unknown: ").Append(unknown.Reason).Append(')');
                break;
            case BoolValue b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NumberValue n:
                builder.Append(NumberFormat.Format(n.Value));
                break;
            case StringValue s:
                builder.Append('"').Append(s.Value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
                break;
            case ListValue list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
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
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(key).Append(" = ");
                    Append(builder, item);
                }

                builder.Append('}');
                break;
        }
    }
}
