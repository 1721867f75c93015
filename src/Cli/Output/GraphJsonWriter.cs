using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>policyscan graph --format json</c>: what the front ends understood, for people and other tools to check.
/// The shape is a documented contract (README): top-level <c>resources</c>, <c>modules</c>, <c>providers</c>, <c>diagnostics</c>.
/// </summary>
internal static class GraphJsonWriter
{
    public static void Write(Stream stream, ResourceGraph graph)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();

        writer.WriteStartArray("resources");
        foreach (var resource in graph.Resources)
        {
            WriteResource(writer, resource);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("modules");
        foreach (var module in graph.Modules)
        {
            writer.WriteStartObject();
            writer.WriteString("address", module.Address);
            writer.WriteString("root", module.Root);
            writer.WriteString("path", module.Directory);
            writer.WritePropertyName("locals");
            ValueJsonWriter.Write(writer, module.Locals);
            writer.WritePropertyName("outputs");
            ValueJsonWriter.Write(writer, module.Outputs);
            writer.WriteStartArray("calls");
            foreach (var call in module.Calls)
            {
                writer.WriteStartObject();
                writer.WriteString("name", call.Name);
                writer.WriteString("source", call.Source);
                if (call.ResolvedDirectory is null)
                {
                    writer.WriteNull("resolvedPath");
                }
                else
                {
                    writer.WriteString("resolvedPath", call.ResolvedDirectory);
                }

                LocationJsonWriter.Write(writer, "location", call.Range);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("providers");
        foreach (var provider in graph.Providers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", provider.Name);
            if (provider.Alias is not null)
            {
                writer.WriteString("alias", provider.Alias);
            }

            writer.WriteString("module", provider.ModuleAddress);
            if (provider.Range.IsNone)
            {
                // A CloudFormation stack's provider: no file declares it.
                writer.WriteNull("location");
            }
            else
            {
                LocationJsonWriter.Write(writer, "location", provider.Range);
            }

            writer.WritePropertyName("attributes");
            ValueJsonWriter.Write(writer, provider.Attributes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in graph.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter writer, Resource resource)
    {
        writer.WriteStartObject();
        writer.WriteString("address", resource.Address);
        writer.WriteString("type", resource.Type);
        writer.WriteString("name", resource.Name);
        writer.WriteString("mode", resource.Mode == ResourceMode.Data ? "data" : "managed");
        writer.WriteString("format", FormatName(resource.Format));
        writer.WriteString("module", resource.ModuleAddress);
        writer.WriteString("root", resource.Root);
        if (resource.GeneratedFrom is { } source)
        {
            writer.WriteStartObject("generatedFrom");
            writer.WriteString("address", source.Address);
            writer.WriteString("type", source.Type);
            writer.WriteEndObject();
        }

        LocationJsonWriter.Write(writer, "location", resource.Range);
        if (resource.Provider is { } provider)
        {
            writer.WriteString("provider", provider.ModuleAddress.Length == 0 ? provider.LocalAddress : $"{provider.ModuleAddress}.provider.{provider.LocalAddress}");
        }

        writer.WritePropertyName("attributes");
        ValueJsonWriter.Write(writer, resource.Attributes);
        writer.WriteStartArray("references");
        foreach (var reference in resource.References)
        {
            writer.WriteStartObject();
            writer.WriteString("attribute", reference.FromPath);
            writer.WriteString("target", reference.Target.Address);
            if (reference.Target.Attribute is not null)
            {
                writer.WriteString("targetAttribute", reference.Target.Attribute);
            }

            LocationJsonWriter.Write(writer, "location", reference.Range);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        LocationJsonWriter.WriteFields(writer, diagnostic.Range);
        writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteEndObject();
    }

    private static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Terraform => "terraform",
        SourceFormat.TerraformPlan => "terraform-plan",
        SourceFormat.CloudFormation => "cloudformation",
        _ => "arm",
    };
}
