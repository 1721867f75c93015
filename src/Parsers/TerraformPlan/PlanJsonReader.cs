using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;
using JsonDocument = PolicyScan.Parsers.Json.JsonDocument;
using JsonProperty = PolicyScan.Parsers.Json.JsonProperty;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// Reads a plan's JSON with System.Text.Json's <see cref="Utf8JsonReader"/> into the same nodes, with the same ranges,
/// as <see cref="JsonParser"/> gives, but without the parts of a plan nothing reads: each change's <c>before</c>,
/// <c>after</c> and <c>before_sensitive</c> (the planned value is read from <c>planned_values</c>) and
/// <c>resource_drift</c>. Those are two thirds of a large plan, so the tree kept is a third of the document's.
/// The reader works on the UTF-8 encoding of the decoded text (whatever the file's encoding), and maps each byte
/// offset to the text's character offset as it goes. A document the reader rejects (broken, commented, too deep) is
/// left to <see cref="JsonParser"/>, which reports its errors as for any JSON; null is returned then.
/// </summary>
internal sealed class PlanJsonReader
{
    private const int MaxDepth = 256;

    private static readonly string[] SkippedInChange = ["before", "after", "before_sensitive"];

    private readonly SourceFile source;
    private readonly byte[] bytes;
    private readonly bool ascii;
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> nameLookup;
    private int byteCursor;
    private int charCursor;

    private PlanJsonReader(SourceFile source)
    {
        this.source = source;
        bytes = Encoding.UTF8.GetBytes(source.Text);
        ascii = System.Text.Ascii.IsValid(bytes);
        nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static JsonDocument? Read(SourceFile source)
    {
        var reader = new PlanJsonReader(source);
        var json = new Utf8JsonReader(reader.bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!json.Read())
            {
                return null;
            }

            var root = reader.ReadValue(ref json, default);
            return json.Read() ? null : new JsonDocument(source, root, [], []);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The value at the reader's current token; <paramref name="path"/> names the properties above it, as far as skipping needs.</summary>
    private JsonNode ReadValue(ref Utf8JsonReader json, PathState path)
    {
        var start = CharOffset((int)json.TokenStartIndex);
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref json, start, path);
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<JsonNode>();
                var itemPath = path.Element();
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref json, itemPath));
                }

                return new JsonArray(items.DrainToImmutable(), Range(start, CharOffset((int)json.TokenStartIndex + 1)));
            case JsonTokenType.String:
                var value = json.GetString()!;
                var innerEnd = CharOffset((int)json.TokenStartIndex + 1 + json.ValueSpan.Length);
                var end = innerEnd + 1;
                return new JsonString(value, json.ValueIsEscaped, Range(start, end), Range(start + 1, innerEnd));
            case JsonTokenType.Number:
                var numberEnd = CharOffset((int)json.TokenStartIndex + json.ValueSpan.Length);
                var digits = source.Text.AsSpan(start, numberEnd - start);
                decimal? number = decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : NumberFormat.TryParse(digits.ToString(), out parsed) ? parsed : null;
                return new JsonNumber(number, Range(start, numberEnd));
            case JsonTokenType.True:
                return new JsonBool(true, Range(start, CharOffset((int)json.TokenStartIndex + 4)));
            case JsonTokenType.False:
                return new JsonBool(false, Range(start, CharOffset((int)json.TokenStartIndex + 5)));
            default:
                return new JsonNull(Range(start, CharOffset((int)json.TokenStartIndex + 4)));
        }
    }

    private JsonObject ReadObject(ref Utf8JsonReader json, int start, PathState path)
    {
        var properties = ImmutableArray.CreateBuilder<JsonProperty>();
        while (json.Read() && json.TokenType != JsonTokenType.EndObject)
        {
            var nameStart = CharOffset((int)json.TokenStartIndex);
            var name = Name(ref json);
            var nameRange = Range(nameStart, CharOffset((int)json.TokenStartIndex + 2 + json.ValueSpan.Length));
            json.Read();
            var childPath = path.Property(name);
            if (childPath.Skipped)
            {
                json.Skip();
                continue;
            }

            properties.Add(new JsonProperty(name, nameRange, ReadValue(ref json, childPath)));
        }

        return new JsonObject(properties.DrainToImmutable(), Range(start, CharOffset((int)json.TokenStartIndex + 1)));
    }

    /// <summary>A property name, shared between the many objects that repeat it.</summary>
    private string Name(ref Utf8JsonReader json)
    {
        if (json.ValueIsEscaped || json.ValueSpan.Length > 64)
        {
            return json.GetString()!;
        }

        Span<char> buffer = stackalloc char[64];
        var length = Encoding.UTF8.GetChars(json.ValueSpan, buffer);
        var span = buffer[..length];
        if (nameLookup.TryGetValue(span, out var known))
        {
            return known;
        }

        var name = span.ToString();
        names[name] = name;
        return name;
    }

    private SourceRange Range(int start, int end) => new(source, TextSpan.FromBounds(start, end));

    /// <summary>The text offset of a byte offset of the UTF-8 encoding; offsets are asked in increasing order, so counting goes forward only.</summary>
    private int CharOffset(int byteOffset)
    {
        if (ascii)
        {
            return byteOffset;
        }

        if (byteOffset < byteCursor)
        {
            byteCursor = charCursor = 0;
        }

        charCursor += Encoding.UTF8.GetCharCount(bytes.AsSpan(byteCursor, byteOffset - byteCursor));
        byteCursor = byteOffset;
        return charCursor;
    }

    /// <summary>
    /// Where a value sits, as far as skipping needs: the document's root, a root property, an entry of
    /// <c>resource_changes</c>, its <c>change</c>, or anywhere else.
    /// </summary>
    private readonly record struct PathState(int Step, bool Skipped = false)
    {
        private const int Root = 0;
        private const int ResourceChanges = 1;
        private const int ChangeEntry = 2;
        private const int Change = 3;
        private const int Elsewhere = 4;

        public PathState Property(string name) => Step switch
        {
            Root when name == "resource_drift" => new(Elsewhere, Skipped: true),
            Root when name == "resource_changes" => new(ResourceChanges),
            ChangeEntry when name == "change" => new(Change),
            Change when Array.IndexOf(SkippedInChange, name) >= 0 => new(Elsewhere, Skipped: true),
            _ => new(Elsewhere),
        };

        public PathState Element() => Step == ResourceChanges ? new(ChangeEntry) : new(Elsewhere);
    }
}
