using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Sarif;

/// <summary>
/// <c>tool.driver.rules</c>: one reporting descriptor per policy, carrying what code scanning shows on an alert
/// (title, description, the help with the remediation and a fixed example) and what it sorts by
/// (<c>security-severity</c>, tags).
/// </summary>
internal static class SarifRules
{
    public static void Write(Utf8JsonWriter writer, PolicyMetadata policy)
    {
        writer.WriteStartObject();
        writer.WriteString("id", policy.Id);
        writer.WriteString("name", PascalCase(policy.Name));
        WriteText(writer, "shortDescription", policy.Title);
        WriteText(writer, "fullDescription", policy.Description);
        writer.WriteStartObject("help");
        writer.WriteString("text", HelpText(policy));
        writer.WriteString("markdown", HelpMarkdown(policy));
        writer.WriteEndObject();
        writer.WriteString("helpUri", policy.HelpUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", SarifSeverity.Level(policy.Severity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("security-severity", SarifSeverity.SecuritySeverity(policy.Severity));
        writer.WriteString("precision", "high");
        writer.WriteStartArray("tags");
        foreach (var tag in Tags(policy))
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary><c>s3-bucket-public-acl</c> becomes <c>S3BucketPublicAcl</c>, the convention for a rule's name.</summary>
    public static string PascalCase(string kebabName) =>
        string.Concat(kebabName.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>Code scanning rejects a log with a rule carrying more tags than this.</summary>
    public const int MaximumTags = 20;

    /// <summary>
    /// "security" (code scanning lists tagged rules as security alerts), the compliance references, the formats; cut at
    /// <see cref="MaximumTags"/>, most important first, so that a heavily mapped policy cannot get the log rejected.
    /// </summary>
    public static IEnumerable<string> Tags(PolicyMetadata policy) =>
        new[] { "security" }.Concat(policy.Compliance).Concat(policy.Formats.Select(FormatNames.Of)).Distinct(StringComparer.Ordinal).Take(MaximumTags);

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string HelpText(PolicyMetadata policy)
    {
        var text = new StringBuilder();
        text.Append(policy.Rationale).Append("\n\nRemediation: ").Append(policy.Remediation);
        if (policy.Compliance.Length > 0)
        {
            text.Append("\n\nCompliance: ").AppendJoin(", ", policy.Compliance);
        }

        return text.Append("\n\n").Append(policy.HelpUri).ToString();
    }

    private static string HelpMarkdown(PolicyMetadata policy)
    {
        var markdown = new StringBuilder();
        markdown.Append(CultureInfo.InvariantCulture, $"**{policy.Title}** ({policy.Id})\n\n");
        markdown.Append(policy.Rationale).Append("\n\n");
        markdown.Append("**Remediation:** ").Append(policy.Remediation).Append("\n\n");
        foreach (var (format, example) in policy.FixedExamples.OrderBy(e => e.Key))
        {
            var fence = example.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
            markdown.Append(CultureInfo.InvariantCulture, $"Fixed example ({FormatNames.Of(format)}):\n\n{fence}{FenceLanguage(format, example)}\n{example.TrimEnd()}\n{fence}\n\n");
        }

        if (policy.Compliance.Length > 0)
        {
            markdown.Append("**Compliance:** ").AppendJoin(", ", policy.Compliance.Select(c => $"`{c}`")).Append("\n\n");
        }

        return markdown.Append(CultureInfo.InvariantCulture, $"[Documentation]({policy.HelpUri})").ToString();
    }

    private static string FenceLanguage(SourceFormat format, string example) => format switch
    {
        SourceFormat.Terraform => "hcl",
        SourceFormat.CloudFormation => example.TrimStart().StartsWith('{') ? "json" : "yaml",
        _ => "json",
    };
}
