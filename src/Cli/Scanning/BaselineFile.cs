using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Cli.Commands;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// A baseline (<c>--create-baseline</c>, <c>--baseline</c>): the failures a team accepted as they were when it started
/// using the gate, by fingerprint, so that only new failures are reported. JSON, sorted, without a time, so that
/// recreating it on unchanged code gives the same bytes and a review shows exactly which failures came or went:
/// <c>{"version": 1, "tool": "policyscan", "createdWith": policy set version, "entries": [{fingerprint, policyId,
/// resource, file}]}</c>. Only the fingerprint matches; the other fields are there for the reviewer.
/// </summary>
internal sealed record BaselineFile(ImmutableArray<BaselineEntry> Entries)
{
    public const int Version = 1;

    public ImmutableHashSet<string> Fingerprints { get; } = [.. Entries.Select(e => e.Fingerprint)];

    /// <summary>The baseline of these findings' failures (unknowns and suppressed findings are not failures).</summary>
    public static BaselineFile Of(IEnumerable<Finding> findings) => new(
        [.. findings.Where(f => f.Status == ResultStatus.Failed)
            .Select(f => new BaselineEntry(f.Fingerprint, f.Policy.Id, f.Resource.Address, f.Location.File?.Path ?? string.Empty))
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.PolicyId, StringComparer.Ordinal)
            .ThenBy(e => e.Resource, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)]);

    /// <summary>Reads a baseline; a missing, unreadable or malformed file is a usage error that names the file and the problem.</summary>
    public static BaselineFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ScanUsageException([$"cannot read the baseline {path}: {exception.Message}"]);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw Invalid(path, "it has no 'entries' list (write one with --create-baseline)");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw Invalid(path, $"its version is {(root.TryGetProperty("version", out var v) ? v.GetRawText() : "missing")}; this PolicyScan reads version {Version}");
            }

            var read = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var (entry, index) in entries.EnumerateArray().Select((e, i) => (e, i)))
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                {
                    throw Invalid(path, $"entry {index} has no 'fingerprint' string");
                }

                read.Add(new BaselineEntry(fingerprint.GetString()!, Text(entry, "policyId"), Text(entry, "resource"), Text(entry, "file")));
            }

            return new BaselineFile(read.ToImmutable());
        }
        catch (JsonException exception)
        {
            throw Invalid(path, $"it is not valid JSON ({exception.Message})");
        }
    }

    public void Write(string path, string policySetVersion)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("tool", "policyscan");
            writer.WriteString("createdWith", policySetVersion);
            writer.WriteStartArray("entries");
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteString("policyId", entry.PolicyId);
                writer.WriteString("resource", entry.Resource);
                writer.WriteString("file", entry.File);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        File.WriteAllText(full, Encoding.UTF8.GetString(stream.ToArray()) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static ScanUsageException Invalid(string path, string problem) => new([$"the baseline {path} is not a PolicyScan baseline: {problem}"]);
}

/// <summary>One accepted failure: its fingerprint, and for the reviewer what it was.</summary>
internal sealed record BaselineEntry(string Fingerprint, string PolicyId, string Resource, string File);
