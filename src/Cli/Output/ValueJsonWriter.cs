using System.Text.Json;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Cli.Output;

/// <summary>Writes a value as plain JSON; an unknown value as <c>{"$unknown": "reason"}</c>, as the graph contract says.</summary>
internal static class ValueJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value)
        {
            case NullValue or MissingValue:
                writer.WriteNullValue();
                break;
            case UnknownValue unknown:
                writer.WriteStartObject();
                writer.WriteString("$unknown", unknown.Reason);
                writer.WriteEndObject();
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case NumberValue n:
                writer.WriteRawValue(NumberFormat.Format(n.Value));
                break;
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case MapValue map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
