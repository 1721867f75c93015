using System.Text.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Cli.Output;

/// <summary>Writes a source range as <c>{file, line, column, endLine, endColumn}</c> (1-based).</summary>
internal static class LocationJsonWriter
{
    public static void Write(Utf8JsonWriter writer, string propertyName, SourceRange range)
    {
        writer.WriteStartObject(propertyName);
        WriteFields(writer, range);
        writer.WriteEndObject();
    }

    public static void WriteFields(Utf8JsonWriter writer, SourceRange range)
    {
        var start = range.StartPosition;
        var end = range.EndPosition;
        writer.WriteString("file", range.File?.Path ?? string.Empty);
        writer.WriteNumber("line", start.Line);
        writer.WriteNumber("column", start.Column);
        writer.WriteNumber("endLine", end.Line);
        writer.WriteNumber("endColumn", end.Column);
    }
}
