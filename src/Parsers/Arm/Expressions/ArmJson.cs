using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>JSON for <c>json()</c> and for the text of arrays and objects in <c>string()</c>, compact as Azure writes it.</summary>
internal static class ArmJson
{
    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonWriterOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Value Parse(string text, SourceRange range)
    {
        using var document = JsonDocument.Parse(text, ReadOptions);
        return Convert(document.RootElement, range);
    }

    public static string Serialize(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriteOptions))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Value Convert(JsonElement element, SourceRange range) => element.ValueKind switch
    {
        JsonValueKind.Object => new MapValue(element.EnumerateObject().Select(p => new KeyValuePair<string, Value>(p.Name, Convert(p.Value, range))), range),
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(e => Convert(e, range))], range),
        JsonValueKind.String => new StringValue(element.GetString()!, range),
        JsonValueKind.Number => new NumberValue(decimal.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture), range),
        JsonValueKind.True => new BoolValue(true, range),
        JsonValueKind.False => new BoolValue(false, range),
        _ => new NullValue(range),
    };

    private static void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value)
        {
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case NumberValue n:
                writer.WriteNumberValue(n.Value);
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case ListValue l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case MapValue m:
                writer.WriteStartObject();
                foreach (var (key, item) in m.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
