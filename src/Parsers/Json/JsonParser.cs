using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// A recursive-descent JSON reader that keeps exact ranges, every duplicate property and number precision, and
/// never throws on its input: problems become coded diagnostics at the offending character, and the reader
/// recovers (skipping the bad member or element) so that one mistake gives one diagnostic.
/// </summary>
/// <remarks>
/// Built for plan files of a hundred megabytes: strings without escapes are one <see cref="string.Substring(int, int)"/>
/// found with a vectorised search, property names are interned (plans repeat the same few hundred names), member
/// lists are collected in buffers reused per depth, and numbers are parsed from spans without a string.
/// </remarks>
public sealed class JsonParser
{
    // Characters that end the fast scan of a string: its end, an escape, or a control character (not allowed raw).
    private static readonly SearchValues<char> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r");

    private const int MaxInternedNameLength = 64;

    private readonly SourceFile file;
    private readonly string text;
    private readonly JsonParserOptions options;
    private readonly DiagnosticBag diagnostics = new();
    private readonly List<List<JsonProperty>> propertyBuffers = [];
    private readonly List<List<JsonNode>> itemBuffers = [];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nameLookup;
    private readonly StringBuilder decoded = new();
    private ImmutableArray<JsonComment>.Builder? comments;
    private int position;
    private int openObjects;
    private int openArrays;
    private bool endOfFileReported;
    private bool depthReported;

    private JsonParser(SourceFile file, JsonParserOptions options)
    {
        this.file = file;
        text = file.Text;
        this.options = options;
        nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static JsonDocument Parse(SourceFile file, JsonParserOptions? options = null)
    {
        var parser = new JsonParser(file, options ?? JsonParserOptions.Strict);
        var root = parser.ParseDocument();
        return new JsonDocument(file, root, parser.comments?.ToImmutable() ?? [], parser.diagnostics.ToImmutable());
    }

    private JsonNode? ParseDocument()
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1;
        }

        SkipTrivia();
        var root = ParseValue(1);
        SkipTrivia();
        if (position < text.Length && root is not null)
        {
            Report(DiagnosticCatalog.JsonTrailingData, CharacterAt(position), Describe(position));
        }

        return root;
    }

    /// <summary>Reads the value at the current position (trivia already skipped). Null when there is none to read.</summary>
    private JsonNode? ParseValue(int depth)
    {
        if (position >= text.Length)
        {
            Report(DiagnosticCatalog.JsonUnexpectedInput, CharacterAt(position), "end of file", "a value");
            return null;
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
                return ParseString();
            case '-':
            case >= '0' and <= '9':
                return ParseNumber();
            case ',':
            case '}':
            case ']':
                // Left for the enclosing container, which knows how to go on after it.
                Report(DiagnosticCatalog.JsonUnexpectedInput, CharacterAt(position), Describe(position), "a value");
                return null;
        }

        if (IsWordCharacter(c))
        {
            var start = position;
            SkipWord();
            var word = text.AsSpan(start, position - start);
            var range = Range(start, position);
            if (word.SequenceEqual("true"))
            {
                return new JsonBool(true, range);
            }

            if (word.SequenceEqual("false"))
            {
                return new JsonBool(false, range);
            }

            if (word.SequenceEqual("null"))
            {
                return new JsonNull(range);
            }

            Report(DiagnosticCatalog.JsonUnexpectedInput, range, $"'{word}'", "a value (true, false and null are lower case)");
            return null;
        }

        Report(DiagnosticCatalog.JsonUnexpectedInput, CharacterAt(position), Describe(position), "a value");
        SkipJunk();
        return null;
    }

    private JsonNode? ParseObject(int depth)
    {
        var start = position;
        if (depth > options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return SkipTooDeep(start);
        }

        position++;
        openObjects++;
        var properties = Buffer(propertyBuffers, depth);
        var expectMember = true;
        var lastComma = -1;
        while (true)
        {
            SkipTrivia();
            if (position >= text.Length)
            {
                Report(DiagnosticCatalog.JsonExpectedCloseBrace, CharacterAt(position), PositionText(start), "end of file");
                break;
            }

            var c = text[position];
            if (c == '}')
            {
                ReportTrailingComma(expectMember, lastComma);
                position++;
                break;
            }

            if (c == ']')
            {
                // Either a missing '}' before the enclosing array's ']' (end here and let the array close it), or,
                // with no array open, a ']' typed for '}' (take it as the end of this object).
                Report(DiagnosticCatalog.JsonExpectedCloseBrace, CharacterAt(position), PositionText(start), "']'");
                if (openArrays == 0)
                {
                    position++;
                }

                break;
            }

            if (!expectMember)
            {
                if (c == ',')
                {
                    lastComma = position++;
                    expectMember = true;
                    continue;
                }

                if (c != '"')
                {
                    Report(DiagnosticCatalog.JsonExpectedCloseBrace, CharacterAt(position), PositionText(start), Describe(position));
                    SkipJunk();
                    continue;
                }

                Report(DiagnosticCatalog.JsonExpectedComma, CharacterAt(position), "property");
            }

            if (c == ',')
            {
                Report(DiagnosticCatalog.JsonExpectedPropertyName, CharacterAt(position), "','");
                position++;
                continue;
            }

            expectMember = false;
            lastComma = -1;
            if (!TryReadPropertyName(out var name, out var nameRange))
            {
                continue;
            }

            SkipTrivia();
            if (position < text.Length && text[position] == ':')
            {
                position++;
                SkipTrivia();
            }
            else
            {
                Report(DiagnosticCatalog.JsonExpectedColon, CharacterAt(position), name);
                if (position >= text.Length || text[position] is ',' or '}' or ']')
                {
                    continue;
                }
            }

            var value = ParseValue(depth + 1);
            if (value is not null)
            {
                properties.Add(new JsonProperty(name, nameRange, value));
            }
        }

        openObjects--;
        var result = new JsonObject([.. properties], Range(start, position));
        properties.Clear();
        return result;
    }

    private bool TryReadPropertyName(out string name, out SourceRange nameRange)
    {
        var start = position;
        var c = text[position];
        if (c == '"')
        {
            name = ReadString(intern: true, out _, out _);
            nameRange = Range(start, position);
            return true;
        }

        if (IsWordCharacter(c))
        {
            // An unquoted name (JavaScript style): say so once and read it as the name, so the rest still parses.
            SkipWord();
            nameRange = Range(start, position);
            Report(DiagnosticCatalog.JsonExpectedPropertyName, nameRange, $"'{text.AsSpan(start, position - start)}'");
            name = text.Substring(start, position - start);
            return true;
        }

        Report(DiagnosticCatalog.JsonExpectedPropertyName, CharacterAt(position), Describe(position));
        SkipJunk();
        name = string.Empty;
        nameRange = default;
        return false;
    }

    private JsonNode? ParseArray(int depth)
    {
        var start = position;
        if (depth > options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return SkipTooDeep(start);
        }

        position++;
        openArrays++;
        var items = Buffer(itemBuffers, depth);
        var expectItem = true;
        var lastComma = -1;
        while (true)
        {
            SkipTrivia();
            if (position >= text.Length)
            {
                Report(DiagnosticCatalog.JsonExpectedCloseBracket, CharacterAt(position), PositionText(start), "end of file");
                break;
            }

            var c = text[position];
            if (c == ']')
            {
                ReportTrailingComma(expectItem, lastComma);
                position++;
                break;
            }

            if (c == '}')
            {
                // Either a missing ']' before the enclosing object's '}' (end here and let the object close it), or,
                // with no object open, a '}' typed for ']' (take it as the end of this array).
                Report(DiagnosticCatalog.JsonExpectedCloseBracket, CharacterAt(position), PositionText(start), "'}'");
                if (openObjects == 0)
                {
                    position++;
                }

                break;
            }

            if (!expectItem)
            {
                if (c == ',')
                {
                    lastComma = position++;
                    expectItem = true;
                    continue;
                }

                if (!StartsValue(c))
                {
                    Report(DiagnosticCatalog.JsonExpectedCloseBracket, CharacterAt(position), PositionText(start), Describe(position));
                    SkipJunk();
                    continue;
                }

                Report(DiagnosticCatalog.JsonExpectedComma, CharacterAt(position), "element");
            }

            if (c == ',')
            {
                Report(DiagnosticCatalog.JsonUnexpectedInput, CharacterAt(position), Describe(position), "a value");
                position++;
                continue;
            }

            expectItem = false;
            lastComma = -1;
            var item = ParseValue(depth + 1);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        openArrays--;
        var result = new JsonArray([.. items], Range(start, position));
        items.Clear();
        return result;
    }

    private JsonString ParseString()
    {
        var start = position;
        var value = ReadString(intern: false, out var hasEscapes, out var terminated);
        return new JsonString(value, hasEscapes, Range(start, position), Range(start + 1, terminated ? position - 1 : position));
    }

    /// <summary>Reads a string starting at its opening quote and leaves the position after the closing quote.</summary>
    private string ReadString(bool intern, out bool hasEscapes, out bool terminated)
    {
        var start = position;
        var contentStart = start + 1;
        var content = text.AsSpan(contentStart);
        var stop = content.IndexOfAny(StringStops);
        if (stop >= 0 && content[stop] == '"')
        {
            hasEscapes = false;
            terminated = true;
            position = contentStart + stop + 1;
            if (intern && stop <= MaxInternedNameLength)
            {
                var span = content[..stop];
                if (!nameLookup.TryGetValue(span, out var existing))
                {
                    existing = span.ToString();
                    names.Add(existing);
                }

                return existing;
            }

            return text.Substring(contentStart, stop);
        }

        return ReadStringSlowly(start, stop < 0 ? text.Length : contentStart + stop, out hasEscapes, out terminated);
    }

    /// <summary>The rest of a string that has escapes, control characters or no end; <paramref name="index"/> is the first such character.</summary>
    private string ReadStringSlowly(int start, int index, out bool hasEscapes, out bool terminated)
    {
        var builder = decoded.Clear();
        builder.Append(text, start + 1, index - start - 1);
        hasEscapes = false;
        terminated = false;
        while (true)
        {
            if (index >= text.Length)
            {
                Report(DiagnosticCatalog.JsonUnterminatedString, CharacterAt(start));
                // Whatever encloses the string is unclosed too; that is the same mistake, already reported.
                endOfFileReported = true;
                break;
            }

            var c = text[index];
            if (c == '"')
            {
                index++;
                terminated = true;
                break;
            }

            if (c is '\n' or '\r')
            {
                // JSON strings cannot span lines, so the line end is the best guess at where this one was meant to end.
                Report(DiagnosticCatalog.JsonUnterminatedString, CharacterAt(start));
                break;
            }

            if (c == '\\')
            {
                hasEscapes = true;
                index = ReadEscape(index, builder);
            }
            else if (c < ' ')
            {
                Report(DiagnosticCatalog.JsonControlCharacterInString, CharacterAt(index), $"U+{(int)c:X4}");
                builder.Append(c);
                index++;
            }

            var next = text.AsSpan(index).IndexOfAny(StringStops);
            var end = next < 0 ? text.Length : index + next;
            builder.Append(text, index, end - index);
            index = end;
        }

        position = index;
        return builder.ToString();
    }

    /// <summary>Decodes the escape at <paramref name="index"/> (a backslash) and returns the index after it.</summary>
    private int ReadEscape(int index, StringBuilder builder)
    {
        if (index + 1 >= text.Length)
        {
            Report(DiagnosticCatalog.JsonInvalidEscape, CharacterAt(index), "\\");
            return index + 1;
        }

        var kind = text[index + 1];
        char? simple = kind switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (simple is { } decodedCharacter)
        {
            builder.Append(decodedCharacter);
            return index + 2;
        }

        if (kind == 'u')
        {
            var digits = 0;
            var code = 0;
            while (digits < 4 && index + 2 + digits < text.Length && char.IsAsciiHexDigit(text[index + 2 + digits]))
            {
                code = (code * 16) + HexValue(text[index + 2 + digits]);
                digits++;
            }

            if (digits == 4)
            {
                // Surrogate halves are appended one by one, so a pair written as two escapes becomes one character.
                builder.Append((char)code);
                return index + 6;
            }

            var badEnd = index + 2 + digits;
            Report(DiagnosticCatalog.JsonInvalidEscape, Range(index, badEnd), text.Substring(index, badEnd - index));
            builder.Append(text, index, badEnd - index);
            return badEnd;
        }

        if (kind is '\n' or '\r')
        {
            // Leave the line end to the caller, which reports the string as unterminated.
            Report(DiagnosticCatalog.JsonInvalidEscape, CharacterAt(index), "\\");
            return index + 1;
        }

        var length = char.IsHighSurrogate(kind) && index + 2 < text.Length ? 3 : 2;
        Report(DiagnosticCatalog.JsonInvalidEscape, Range(index, index + length), text.Substring(index, length));
        builder.Append(text, index + 1, length - 1);
        return index + length;
    }

    private JsonNode? ParseNumber()
    {
        var start = position;
        var index = position;
        if (text[index] == '-')
        {
            index++;
        }

        string? problem = null;
        if (index < text.Length && text[index] == '0')
        {
            index++;
            if (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                problem = "leading zeros are not allowed";
            }
        }
        else if (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index = SkipDigits(index);
        }
        else
        {
            problem = "expected a digit";
        }

        if (problem is null && index < text.Length && text[index] == '.')
        {
            index++;
            if (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index = SkipDigits(index);
            }
            else
            {
                problem = "expected a digit after the decimal point";
            }
        }

        if (problem is null && index < text.Length && text[index] is 'e' or 'E')
        {
            index++;
            if (index < text.Length && text[index] is '+' or '-')
            {
                index++;
            }

            if (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index = SkipDigits(index);
            }
            else
            {
                problem = "expected a digit in the exponent";
            }
        }

        if (problem is not null)
        {
            Report(DiagnosticCatalog.JsonInvalidNumber, CharacterAt(index), problem);
            // Skip the rest of what looks like the number, so the container does not report it again.
            position = index;
            while (position < text.Length && (IsWordCharacter(text[position]) || text[position] is '+' or '-'))
            {
                position++;
            }

            return null;
        }

        position = index;
        var digits = text.AsSpan(start, index - start);
        decimal? value = decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : NumberFormat.TryParse(digits.ToString(), out parsed) ? parsed : null;
        return new JsonNumber(value, Range(start, index));
    }

    private int SkipDigits(int index)
    {
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Skips whitespace and, where allowed (or to report them once each), comments.</summary>
    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                // Pretty-printed plans are mostly indentation: skip runs of it with a vectorised search.
                var run = text.AsSpan(position).IndexOfAnyExcept(Whitespace);
                position = run < 0 ? text.Length : position + run;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] is '/' or '*')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        var start = position;
        if (text[position + 1] == '/')
        {
            var end = text.AsSpan(position).IndexOfAny('\n', '\r');
            position = end < 0 ? text.Length : position + end;
        }
        else
        {
            var end = text.AsSpan(position + 2).IndexOf("*/", StringComparison.Ordinal);
            if (end < 0)
            {
                Report(DiagnosticCatalog.JsonUnterminatedComment, Range(start, start + 2));
                position = text.Length;
                endOfFileReported = true;
                return;
            }

            position = position + 2 + end + 2;
        }

        var range = Range(start, position);
        if (!options.AllowComments)
        {
            Report(DiagnosticCatalog.JsonCommentNotAllowed, range);
            return;
        }

        (comments ??= ImmutableArray.CreateBuilder<JsonComment>()).Add(new JsonComment(text.Substring(start, position - start), range));
    }

    private void ReportTrailingComma(bool afterComma, int lastComma)
    {
        if (afterComma && lastComma >= 0 && !options.AllowTrailingCommas)
        {
            Report(DiagnosticCatalog.JsonTrailingCommaNotAllowed, CharacterAt(lastComma));
        }
    }

    /// <summary>Skips a container nested beyond the limit without building it, reporting the limit once.</summary>
    private JsonNode? SkipTooDeep(int start)
    {
        if (!depthReported)
        {
            depthReported = true;
            Report(DiagnosticCatalog.JsonDepthLimit, CharacterAt(start), options.MaxDepth);
        }

        SkipContainer();
        return null;
    }

    /// <summary>Skips a balanced object or array, strings included, without building anything.</summary>
    private void SkipContainer()
    {
        var balance = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                SkipStringQuietly();
                continue;
            }

            position++;
            if (c is '{' or '[')
            {
                balance++;
            }
            else if (c is '}' or ']' && --balance == 0)
            {
                return;
            }
        }
    }

    private void SkipStringQuietly()
    {
        position++;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '\\')
            {
                position++;
            }
            else if (c is '"' or '\n')
            {
                return;
            }
        }

        position = Math.Min(position, text.Length);
    }

    /// <summary>Skips one unexpected thing: a whole container or string, a word, or one character.</summary>
    private void SkipJunk()
    {
        var c = text[position];
        if (c is '{' or '[')
        {
            SkipContainer();
        }
        else if (c == '"')
        {
            SkipStringQuietly();
        }
        else if (IsWordCharacter(c))
        {
            SkipWord();
        }
        else
        {
            position += char.IsHighSurrogate(c) && position + 1 < text.Length ? 2 : 1;
        }
    }

    private void SkipWord()
    {
        while (position < text.Length && IsWordCharacter(text[position]))
        {
            position++;
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args)
    {
        // At most one diagnostic at the end of the file: an unclosed string leaves every container around it
        // unclosed too, and saying so again for each would bury the one real mistake.
        if (range.Start >= text.Length)
        {
            if (endOfFileReported)
            {
                return;
            }

            endOfFileReported = true;
        }

        diagnostics.Add(descriptor, range, args);
    }

    private static List<T> Buffer<T>(List<List<T>> buffers, int depth)
    {
        while (buffers.Count <= depth)
        {
            buffers.Add([]);
        }

        return buffers[depth];
    }

    private SourceRange Range(int start, int end) => new(file, new TextSpan(start, end));

    /// <summary>The offending character (a surrogate pair counts as one), or an empty range at the end of the file.</summary>
    private SourceRange CharacterAt(int index)
    {
        if (index >= text.Length)
        {
            return Range(text.Length, text.Length);
        }

        var length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        return Range(index, index + length);
    }

    private string Describe(int index)
    {
        if (index >= text.Length)
        {
            return "end of file";
        }

        var c = text[index];
        return c < ' ' || c == '\u007F' || char.IsWhiteSpace(c) ? $"character U+{(int)c:X4}" : $"'{CharacterAt(index).Text}'";
    }

    private string PositionText(int index) => file.PositionOf(index).ToString();

    private static bool StartsValue(char c) => c is '{' or '[' or '"' or '-' or (>= '0' and <= '9') || IsWordCharacter(c);

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
