using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Json;

/// <summary>Helpers shared by the JSON reader tests.</summary>
internal static class JsonTestText
{
    public static JsonDocument Parse(string text, JsonParserOptions? options = null) =>
        JsonParser.Parse(new SourceFile("test.json", text), options ?? JsonParserOptions.Strict);

    /// <summary>"line:column-line:column" of a range, the form the assertions compare.</summary>
    public static string Where(SourceRange range) => $"{range.StartPosition}-{range.EndPosition}";

    /// <summary>Each diagnostic as "CODE line:column-line:column".</summary>
    public static IEnumerable<string> Codes(JsonDocument document) => document.Diagnostics.Select(d => $"{d.Code} {Where(d.Range)}");
}
