using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Output.Sarif;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format sarif</c>: SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). One run; a rule per
/// policy that ran; a result per failure, per suppressed finding (with its suppression, so code scanning shows it
/// dismissed) and, with <c>--verbose</c> or <c>--fail-on-unknown</c>, per unknown as a note; input diagnostics as tool
/// execution notifications. Deterministic: no time, no absolute paths (no <c>originalUriBaseIds</c>: code scanning
/// resolves <c>%SRCROOT%</c> to the checkout itself), the pipeline's order.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string InformationUri = "https://github.com/policyscan/policyscan";

    /// <summary>The key of our fingerprint in <c>partialFingerprints</c>; the version changes if the hash ever does.</summary>
    public const string FingerprintKey = "policyscan/v1";

    public string Format => "sarif";

    public string Description => "SARIF 2.1.0 for GitHub code scanning: failures, suppressions and input errors with exact regions";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var rules = Rules(report);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, report, rules);
            WriteInvocation(writer, report.Diagnostics);
            WriteArtifacts(writer, report.Inputs);
            writer.WriteStartArray("results");
            foreach (var finding in report.Findings.Where(f => IsReported(f, report.Settings)))
            {
                WriteResult(writer, finding, ruleIndex[finding.Policy.Id]);
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartObject("properties");
            writer.WriteString("policySetVersion", report.PolicySetVersion);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// Failures and suppressions always; unknowns only when the user asked to see them (<c>--verbose</c>) or to gate
    /// on them (<c>--fail-on-unknown</c>), since code scanning would otherwise open alerts for what only deployment can tell.
    /// </summary>
    public static bool IsReported(Finding finding, ScanSettings settings) => finding.Status switch
    {
        ResultStatus.Failed => true,
        ResultStatus.Suppressed => finding.OriginalStatus != ResultStatus.Unknown || ShowsUnknowns(settings),
        ResultStatus.Unknown => ShowsUnknowns(settings),
        _ => false,
    };

    private static bool ShowsUnknowns(ScanSettings settings) => settings.Verbose || settings.FailOnUnknown;

    /// <summary>The policies that ran, plus any reported finding's policy (defensively), in id order.</summary>
    private static List<PolicyMetadata> Rules(ScanReport report) =>
        [.. report.Policies.Select(p => p.Metadata).Concat(report.Findings.Select(f => f.Policy))
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .OrderBy(p => p.Id, StringComparer.Ordinal)];

    private static void WriteTool(Utf8JsonWriter writer, ScanReport report, List<PolicyMetadata> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "PolicyScan");
        writer.WriteString("informationUri", InformationUri);
        writer.WriteString("semanticVersion", report.ToolVersion);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            SarifRules.Write(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The inputs' problems (parse errors, warnings) as notifications; an input error makes the execution unsuccessful.</summary>
    private static void WriteInvocation(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", !all.Any(d => d.IsError));
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in all)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("descriptor");
            writer.WriteString("id", diagnostic.Code);
            writer.WriteEndObject();
            writer.WriteString("level", diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            });
            WriteMessage(writer, diagnostic.Message);
            if (!diagnostic.Range.IsNone)
            {
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                SarifLocations.WritePhysicalLocation(writer, diagnostic.Range);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>The files read, with their SHA-256, so the log says exactly what was scanned.</summary>
    private static void WriteArtifacts(Utf8JsonWriter writer, IEnumerable<InputFile> inputs)
    {
        writer.WriteStartArray("artifacts");
        foreach (var input in inputs)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("location");
            writer.WriteString("uri", SarifLocations.RelativeUri(input.Path));
            writer.WriteString("uriBaseId", SarifLocations.SourceRoot);
            writer.WriteEndObject();
            writer.WriteStartObject("hashes");
            writer.WriteString("sha-256", input.Sha256);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, int ruleIndex)
    {
        var unknown = finding.OriginalStatus == ResultStatus.Unknown;
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Policy.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", unknown ? "note" : SarifSeverity.Level(finding.Severity));
        WriteMessage(writer, unknown ? $"{finding.Message} (unknown before deployment)" : finding.Message);
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        SarifLocations.WritePhysicalLocation(writer, finding.Location);
        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        writer.WriteString("name", finding.Resource.Address);
        writer.WriteString("fullyQualifiedName", finding.Resource.Root.Length == 0 ? finding.Resource.Address : $"{finding.Resource.Root}:{finding.Resource.Address}");
        writer.WriteString("kind", "resource");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, finding.Fingerprint);
        writer.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            WriteSuppression(writer, suppression);
        }

        writer.WriteStartObject("properties");
        writer.WriteString("severity", SeverityNames.Name(finding.Severity));
        writer.WriteString("resourceType", finding.Resource.Type);
        writer.WriteString("root", finding.Resource.Root);
        if (unknown)
        {
            writer.WriteBoolean("unknown", true);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A suppression code scanning understands: in the source (our comments, another scanner's, template metadata) or
    /// external (the configuration file), accepted, with the reason as its justification and the accountability
    /// (author, expiry, syntax) as properties.
    /// </summary>
    private static void WriteSuppression(Utf8JsonWriter writer, Suppression suppression)
    {
        writer.WriteStartArray("suppressions");
        writer.WriteStartObject();
        writer.WriteString("kind", suppression.Kind == SuppressionKind.Configuration ? "external" : "inSource");
        writer.WriteString("status", "accepted");
        if (suppression.Reason is { } reason)
        {
            writer.WriteString("justification", reason);
        }

        if (!suppression.Location.IsNone)
        {
            writer.WriteStartObject("location");
            SarifLocations.WritePhysicalLocation(writer, suppression.Location);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("source", suppression.Source);
        writer.WriteString("id", suppression.NamedId);
        if (suppression.Author is { } author)
        {
            writer.WriteString("author", author);
        }

        if (suppression.Expires is { } expires)
        {
            writer.WriteString("expires", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject("message");
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
