using System.Text;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.TerraformPlan;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.TerraformPlan;

/// <summary>
/// The streaming plan reader gives the nodes and ranges the full JSON parser gives, less the parts of a plan nothing
/// reads (each change's before, after and before_sensitive; resource_drift), also where non-ASCII characters make
/// byte and character offsets differ, and leaves what it cannot read to the full parser.
/// </summary>
public sealed class PlanJsonReaderTests
{
    private const string Plan = """
        {
          "format_version": "1.2",
          "planned_values": { "root_module": { "resources": [
            { "address": "aws_s3_bucket.é", "mode": "managed", "type": "aws_s3_bucket", "name": "é", "index": "clé 🔑",
              "values": { "bucket": "données-😀-x", "tags": { "Équipe": "Ünïcödé \u00e9\"q\"", "n": 1.5e2, "big": 1e400, "t": true, "f": false, "z": null }, "list": [1, -2, "三"] } }
          ] } },
          "resource_drift": [ { "address": "x", "change": { "before": { "a": "ß" } } } ],
          "resource_changes": [
            { "address": "aws_s3_bucket.é", "change": { "actions": ["create"], "before": null, "after": { "bucket": "données-😀-x" },
              "after_unknown": { "arn": true }, "before_sensitive": false, "after_sensitive": { "tags": {} } } }
          ],
          "configuration": { "root_module": { "resources": [ { "address": "aws_s3_bucket.é", "expressions": { "bucket": { "constant_value": "ü" } } } ] } }
        }
        """;

    [Test]
    public void Streams_the_same_nodes_and_ranges_as_the_parser_with_non_ascii_text_less_the_parts_nothing_reads()
    {
        var source = new SourceFile("plan.json", Plan);
        var streamed = PlanJsonReader.Read(source);
        var parsed = JsonParser.Parse(source);

        Assert.That(streamed, Is.Not.Null);
        Assert.That(Describe(streamed!.Root, skip: true), Is.EqualTo(Describe(parsed.Root, skip: true)));
        var change = (JsonObject)((JsonObject)((JsonArray)((JsonObject)streamed.Root!)["resource_changes"]!)[0])["change"]!;
        Assert.That(change.Properties.Select(p => p.Name), Is.EqualTo(new[] { "actions", "after_unknown", "after_sensitive" }));
        Assert.That(((JsonObject)streamed.Root!).ContainsName("resource_drift"), Is.False);

        var tag = (JsonString)((JsonObject)((JsonObject)((JsonObject)((JsonArray)((JsonObject)((JsonObject)((JsonObject)streamed.Root!)["planned_values"]!)["root_module"]!)["resources"]!)[0])["values"]!)["tags"]!)["Équipe"]!;
        Assert.That(tag.Range.Text, Is.EqualTo("\"Ünïcödé \\u00e9\\\"q\\\"\""));
        Assert.That(tag.Value, Is.EqualTo("Ünïcödé é\"q\""));
    }

    [Test]
    public void Streams_every_plan_of_the_corpus_as_the_parser_reads_it()
    {
        var files = Directory.EnumerateFiles(SharedCorpus.Corpus("tf-plans"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var source = new SourceFile(file, File.ReadAllText(file));
            var parsed = JsonParser.Parse(source);
            var streamed = PlanJsonReader.Read(source);
            if (parsed.HasErrors)
            {
                Assert.That(streamed, Is.Null, file);
                continue;
            }

            Assert.That(Describe(streamed?.Root, skip: true), Is.EqualTo(Describe(parsed.Root, skip: true)), file);
        }
    }

    [Test]
    public void Leaves_a_broken_or_commented_document_to_the_parser()
    {
        Assert.That(PlanJsonReader.Read(new SourceFile("a.json", """{ "format_version": "1.2", "planned_values": { """)), Is.Null);
        Assert.That(PlanJsonReader.Read(new SourceFile("b.json", """{ "format_version": "1.2" } // done""")), Is.Null);
        Assert.That(PlanJsonReader.Read(new SourceFile("c.json", string.Empty)), Is.Null);
    }

    [Test]
    public void A_utf16_plan_with_non_ascii_text_is_located_as_a_utf8_one()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-plan-utf16-");
        try
        {
            var utf8 = Path.Combine(directory.FullName, "utf8", "plan.json");
            var utf16 = Path.Combine(directory.FullName, "utf16", "plan.json");
            Directory.CreateDirectory(Path.GetDirectoryName(utf8)!);
            Directory.CreateDirectory(Path.GetDirectoryName(utf16)!);
            File.WriteAllText(utf8, Plan, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.WriteAllText(utf16, Plan, Encoding.Unicode);

            string Located(string path)
            {
                var resource = PlanScanner.Scan([path]).Graph.Resources.Single();
                var bucket = resource.Attributes.Get("bucket");
                return $"{resource.Address} {resource.Key} {bucket.AsString()} {bucket.Range.Text} {bucket.Range.StartPosition} {resource.Attributes.GetPath("tags.Équipe").Range.StartPosition}";
            }

            Assert.That(Located(utf16), Is.EqualTo(Located(utf8)));
            Assert.That(Located(utf8), Does.Contain("\"données-😀-x\""));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Every node with its kind, range and value; with <paramref name="skip"/>, without the parts the streaming reader leaves out.</summary>
    private static string Describe(JsonNode? node, bool skip)
    {
        var builder = new StringBuilder();
        void Walk(JsonNode? current, string path, int depth)
        {
            if (current is null)
            {
                builder.AppendLine("null node");
                return;
            }

            builder.Append(current.Kind).Append(' ').Append(current.Range.Start).Append('-').Append(current.Range.End);
            switch (current)
            {
                case JsonObject map:
                    builder.AppendLine();
                    foreach (var property in map.Properties)
                    {
                        var at = depth switch
                        {
                            0 => property.Name,
                            _ => $"{path}/{property.Name}",
                        };
                        if (skip && (at == "resource_drift" || (path.StartsWith("resource_changes/", StringComparison.Ordinal) && path.EndsWith("/change", StringComparison.Ordinal) && depth == 3 && property.Name is "before" or "after" or "before_sensitive")))
                        {
                            continue;
                        }

                        builder.Append(property.Name).Append(' ').Append(property.NameRange.Start).Append('-').Append(property.NameRange.End).Append(": ");
                        Walk(property.Value, at, depth + 1);
                    }

                    break;
                case JsonArray array:
                    builder.AppendLine();
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}/{i}", depth + 1);
                    }

                    break;
                case JsonString text:
                    builder.Append(' ').Append(text.Value).Append(' ').Append(text.HasEscapes).Append(' ').Append(text.InnerRange.Start).Append('-').AppendLine(text.InnerRange.End.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case JsonNumber number:
                    builder.Append(' ').AppendLine(number.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
                    break;
                case JsonBool flag:
                    builder.Append(' ').AppendLine(flag.Value ? "true" : "false");
                    break;
                default:
                    builder.AppendLine();
                    break;
            }
        }

        Walk(node, string.Empty, 0);
        return builder.ToString();
    }
}
