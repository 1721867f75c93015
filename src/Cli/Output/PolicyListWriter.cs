using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Cli.Commands;
using PolicyScan.Policies.Documentation;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary><c>list-policies</c>: a table for people, or a JSON array (documented contract) for tools.</summary>
internal static class PolicyListWriter
{
    public static void WriteText(TextWriter output, IEnumerable<Policy> policies)
    {
        foreach (var policy in policies.Select(p => p.Metadata))
        {
            output.WriteLine($"{policy.Id,-24} {SeverityNames.Name(policy.Severity),-9} {policy.Name,-44} {policy.Title}");
        }
    }

    public static void WriteJson(TextWriter output, IEnumerable<Policy> policies)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var policy in policies.Select(p => p.Metadata))
            {
                writer.WriteStartObject();
                writer.WriteString("id", policy.Id);
                writer.WriteString("name", policy.Name);
                writer.WriteString("title", policy.Title);
                writer.WriteString("severity", SeverityNames.Name(policy.Severity));
                WriteArray(writer, "formats", policy.Formats.Select(PolicyDocumentation.FormatName));
                WriteArray(writer, "resourceTypes", policy.ResourceTypes);
                WriteArray(writer, "related", policy.Related);
                WriteArray(writer, "compliance", policy.Compliance);
                writer.WriteString("helpUri", policy.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
