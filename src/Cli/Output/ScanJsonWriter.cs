using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Cli.Commands;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format json</c>, a documented contract (README): <c>findings</c> (every result, passes included),
/// <c>diagnostics</c> and <c>summary</c>. Field names only ever get added.
/// </summary>
internal static class ScanJsonWriter
{
    public const int SchemaVersion = 1;

    public static void Write(TextWriter output, ScanResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", SchemaVersion);
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("policyId", finding.Policy.Id);
                writer.WriteString("policyName", finding.Policy.Name);
                writer.WriteString("title", finding.Policy.Title);
                writer.WriteString("severity", SeverityNames.Name(finding.Severity));
                writer.WriteString("status", StatusName(finding.Status));
                writer.WriteStartObject("resource");
                writer.WriteString("address", finding.Resource.Address);
                writer.WriteString("type", finding.Resource.Type);
                writer.WriteString("module", finding.Resource.ModuleAddress);
                writer.WriteString("root", finding.Resource.Root);
                writer.WriteEndObject();
                var start = finding.Location.StartPosition;
                var end = finding.Location.EndPosition;
                writer.WriteStartObject("location");
                writer.WriteString("file", finding.Location.File?.Path ?? string.Empty);
                writer.WriteNumber("startLine", start.Line);
                writer.WriteNumber("startColumn", start.Column);
                writer.WriteNumber("endLine", end.Line);
                writer.WriteNumber("endColumn", end.Column);
                writer.WriteEndObject();
                writer.WriteString("message", finding.Message);
                writer.WriteString("helpUri", finding.Policy.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                GraphJsonWriter.WriteDiagnostic(writer, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("failed", result.Count(ResultStatus.Failed));
            writer.WriteNumber("unknown", result.Count(ResultStatus.Unknown));
            writer.WriteNumber("passed", result.Count(ResultStatus.Passed));
            writer.WriteNumber("notApplicable", result.Count(ResultStatus.NotApplicable));
            writer.WriteStartObject("failedBySeverity");
            foreach (var severity in Enum.GetValues<Severity>().Reverse())
            {
                writer.WriteNumber(SeverityNames.Name(severity), result.Findings.Count(f => f.Status == ResultStatus.Failed && f.Severity == severity));
            }

            writer.WriteEndObject();
            writer.WriteNumber("resources", result.Graph.Resources.Length);
            writer.WriteNumber("files", result.Graph.Files.Length);
            writer.WriteNumber("inputErrors", result.Diagnostics.Count(d => d.IsError));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string StatusName(ResultStatus status) => status switch
    {
        ResultStatus.Passed => "passed",
        ResultStatus.Failed => "failed",
        ResultStatus.Unknown => "unknown",
        _ => "not_applicable",
    };
}
