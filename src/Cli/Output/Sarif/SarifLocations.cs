using System.Text.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Cli.Output.Sarif;

/// <summary>
/// SARIF physical locations. Paths are already relative to the scan's root with forward slashes; here each segment
/// is URI-escaped and the URI is tied to <c>%SRCROOT%</c>, which code scanning resolves to the checkout. Lines and
/// columns are 1-based and count UTF-16 code units, SARIF's default <c>columnKind</c>; our end position is exclusive,
/// as SARIF's <c>endColumn</c> is.
/// </summary>
internal static class SarifLocations
{
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>A relative reference: every segment escaped (spaces, <c>#</c>, <c>%</c>, non-ASCII), the slashes kept.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    public static void WriteArtifactLocation(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", RelativeUri(path));
        writer.WriteString("uriBaseId", SourceRoot);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"physicalLocation": ...}</c> for a range in a file; nothing for a range with no file.</summary>
    public static void WritePhysicalLocation(Utf8JsonWriter writer, SourceRange range)
    {
        if (range.File is not { } file)
        {
            return;
        }

        var start = range.StartPosition;
        var end = range.EndPosition;
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, file.Path);
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", start.Line);
        writer.WriteNumber("startColumn", start.Column);
        writer.WriteNumber("endLine", end.Line);
        writer.WriteNumber("endColumn", end.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
