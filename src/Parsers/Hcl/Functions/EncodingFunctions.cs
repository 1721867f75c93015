using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>base64, CSV, JSON, URL, text encodings and YAML.</summary>
internal static class EncodingFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodingFunctions()
    {
        // Terraform accepts any IANA encoding name (windows-1252, shift_jis...): .NET needs the code page provider for most.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IEnumerable<HclFunction> All =>
    [
        new("base64encode", 1, 1, i => i.String(Convert.ToBase64String(Encoding.UTF8.GetBytes(i.String(0, "str"))))),
        new("base64decode", 1, 1, Base64Decode),
        new("base64gzip", 1, 1, Base64Gzip),
        new("csvdecode", 1, 1, CsvDecode),
        new("jsondecode", 1, 1, JsonDecode),
        new("jsonencode", 1, 1, JsonEncode),
        new("textencodebase64", 2, 2, TextEncodeBase64),
        new("textdecodebase64", 2, 2, TextDecodeBase64),
        new("urlencode", 1, 1, UrlEncode),
        new("yamldecode", 1, 1, i => YamlConversion.Decode(i.String(0, "src"), i)),
        new("yamlencode", 1, 1, YamlEncode),
    ];

    /// <summary>Decodes strict, padded standard base64, as Go's decoder does (no whitespace).</summary>
    public static byte[] DecodeBase64(string text)
    {
        if (text.Any(char.IsWhiteSpace) || !Convert.TryFromBase64String(text, new byte[text.Length], out _))
        {
            throw FunctionInvocation.Fail($"failed to decode base64 data \"{text}\"");
        }

        return Convert.FromBase64String(text);
    }

    private static Value Base64Decode(FunctionInvocation invocation)
    {
        var bytes = DecodeBase64(invocation.String(0, "str"));
        try
        {
            return invocation.String(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw FunctionInvocation.Fail("the result of decoding the provided string is not valid UTF-8");
        }
    }

    private static Value Base64Gzip(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return invocation.String(Convert.ToBase64String(buffer.ToArray()));
    }

    private static Value CsvDecode(FunctionInvocation invocation)
    {
        var rows = CsvReader.Read(invocation.String(0, "str"));
        if (rows.Count == 0)
        {
            throw FunctionInvocation.Fail("missing header line");
        }

        var header = rows[0];
        var result = new List<Value>();
        for (var line = 1; line < rows.Count; line++)
        {
            var row = rows[line];
            if (row.Count != header.Count)
            {
                throw FunctionInvocation.Fail($"record on line {line + 1}: wrong number of fields");
            }

            result.Add(invocation.Map(header.Select((name, column) => new KeyValuePair<string, Value>(name, invocation.String(row[column]))), MappingShape.Object));
        }

        return invocation.List(result);
    }

    private static Value JsonDecode(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "str");
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            return FromJson(document.RootElement, invocation.Range);
        }
        catch (JsonException e)
        {
            throw FunctionInvocation.Fail($"invalid JSON: {e.Message}");
        }
    }

    private static Value FromJson(JsonElement element, SourceRange range) => element.ValueKind switch
    {
        JsonValueKind.Null => new NullValue(range),
        JsonValueKind.True => new BoolValue(true, range),
        JsonValueKind.False => new BoolValue(false, range),
        JsonValueKind.String => new StringValue(element.GetString()!, range),
        JsonValueKind.Number => NumberFormat.TryParse(element.GetRawText(), out var number)
            ? new NumberValue(number, range)
            : throw FunctionInvocation.Fail($"the number {element.GetRawText()} is too large"),
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(e => FromJson(e, range))], range, SequenceShape.Tuple),
        _ => new MapValue(element.EnumerateObject().Select(p => new KeyValuePair<string, Value>(p.Name, FromJson(p.Value, range))), range, MappingShape.Object),
    };

    private static Value JsonEncode(FunctionInvocation invocation)
    {
        var value = invocation[0];
        if (!FunctionArguments.ContainsUnknown(value))
        {
            return new StringValue(JsonValueWriter.Write(value), invocation.Range) { Encoded = value };
        }

        // The encoded structure is kept, so that the known parts of a policy built with jsonencode can still be judged.
        var unknown = invocation.UnknownResult(value);
        return new UnknownValue(unknown.Reason, unknown.Range, unknown.References) { Partial = value };
    }

    private static Encoding FindEncoding(string name, bool strict)
    {
        try
        {
            return strict
                ? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw FunctionInvocation.Fail($"\"{name}\" is not a supported IANA encoding name or alias");
        }
    }

    private static Value TextEncodeBase64(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "string");
        var name = invocation.String(1, "encoding");
        var encoding = FindEncoding(name, strict: true);
        try
        {
            return invocation.String(Convert.ToBase64String(encoding.GetBytes(text)));
        }
        catch (EncoderFallbackException)
        {
            throw FunctionInvocation.Fail($"the given string contains characters that cannot be represented in {name}");
        }
    }

    private static Value TextDecodeBase64(FunctionInvocation invocation)
    {
        var text = invocation.String(0, "source");
        var name = invocation.String(1, "encoding");
        var encoding = FindEncoding(name, strict: true);
        var bytes = DecodeBase64(text);
        try
        {
            return invocation.String(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw FunctionInvocation.Fail($"the given value is not valid {name} text");
        }
    }

    /// <summary>Go's url.QueryEscape: letters, digits and -_.~ stay, a space becomes +, every other UTF-8 byte is %XX.</summary>
    private static Value UrlEncode(FunctionInvocation invocation)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(invocation.String(0, "str")))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return invocation.String(builder.ToString());
    }

    private static Value YamlEncode(FunctionInvocation invocation)
    {
        var value = invocation[0];
        return FunctionArguments.ContainsUnknown(value) ? invocation.UnknownResult(value) : invocation.String(YamlConversion.Encode(value));
    }
}
