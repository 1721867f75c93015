using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format json</c>, a documented contract (README): <c>findings</c> (every result, passes included),
/// <c>diagnostics</c> and <c>summary</c>. Field names only ever get added.
/// </summary>
internal sealed class ScanJsonWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public string Format => "json";

    public string Description => "every result (passes, unknowns and suppressions included), diagnostics and a summary; a versioned contract";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var result = report.Result;
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
                writer.WriteString("fingerprint", finding.Fingerprint);
                if (finding.Suppression is { } suppression)
                {
                    writer.WriteStartObject("suppression");
                    writer.WriteString("kind", suppression.Kind.ToString().ToLowerInvariant());
                    writer.WriteString("source", suppression.Source);
                    writer.WriteString("id", suppression.NamedId);
                    WriteOptional(writer, "reason", suppression.Reason);
                    WriteOptional(writer, "author", suppression.Author);
                    WriteOptional(writer, "expires", suppression.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteString("originalStatus", StatusName(finding.OriginalStatus));
                    if (!suppression.Location.IsNone)
                    {
                        LocationJsonWriter.Write(writer, "location", suppression.Location);
                    }

                    writer.WriteEndObject();
                }
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
            writer.WriteNumber("suppressed", result.Count(ResultStatus.Suppressed));
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
            if (report.BaselineMatches is { } matches)
            {
                writer.WriteNumber("baselineMatches", matches);
                writer.WriteNumber("baselineResolved", report.ResolvedBaselineEntries ?? 0);
            }
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
        ResultStatus.Suppressed => "suppressed",
        _ => "not_applicable",
    };

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
