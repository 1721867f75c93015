using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Configuration;

/// <summary>
/// A configuration file that was read and found valid (schema and policy names), ready to be laid under the command
/// line's flags: <see cref="ApplyTo"/> gives the settings the file asks for, and the option groups applied after it
/// change only what their flags name.
/// </summary>
internal sealed class ConfigurationFile
{
    private readonly YamlJsonDocument document;
    private readonly string directory;

    private ConfigurationFile(YamlJsonDocument document, string directory)
    {
        this.document = document;
        this.directory = directory;
    }

    /// <summary>The path as diagnostics and reports show it: relative to the scan root when under it.</summary>
    public string DisplayPath => document.File.Path;

    /// <summary>
    /// Reads and validates the file; null with every error found (syntax, schema, unknown policies, dates) when it
    /// is not valid. Diagnostics name the file relative to <paramref name="root"/>.
    /// </summary>
    public static ConfigurationFile? Read(string path, string root, out ImmutableArray<Diagnostic> errors)
    {
        var fullPath = Path.GetFullPath(path);
        // Relative to the root as every output path is; a file outside the root (--config elsewhere) keeps its full path.
        var relative = Path.GetRelativePath(root, fullPath);
        var displayPath = (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
        var bag = new DiagnosticBag();
        var file = SourceFileReader.Read(fullPath, displayPath, bag);
        if (file is null)
        {
            errors = bag.ToImmutable();
            return null;
        }

        var document = YamlJsonDocument.Parse(file, out var syntaxError);
        if (document is null)
        {
            errors = [syntaxError!];
            return null;
        }

        bag.AddRange(ConfigurationSchema.Validate(document).Concat(ConfigurationSemantics.Check(document, PolicyCatalog.BuiltInPolicies)).OrderBy(d => d.Range.Start));
        errors = bag.ToImmutable();
        return bag.HasErrors ? null : new ConfigurationFile(document, Path.GetDirectoryName(fullPath)!);
    }

    public ScanSettings ApplyTo(ScanSettings settings)
    {
        var root = (JsonObject)document.Root!;
        settings = settings with { ConfigurationPath = DisplayPath };
        if (root["policies"] is JsonObject policies)
        {
            settings = settings with
            {
                EnabledPolicies = policies["enable"] is JsonArray enable ? Strings(enable) : settings.EnabledPolicies,
                SkippedPolicies = [.. settings.SkippedPolicies, .. Strings(policies["skip"] as JsonArray)],
                SeverityOverrides = policies["severity"] is JsonObject severities
                    ? settings.SeverityOverrides.SetItems(severities.Select(s => KeyValuePair.Create(s.Key, SeverityNames.Parse(s.Value!.GetValue<string>()))))
                    : settings.SeverityOverrides,
            };
        }

        if (root["settings"] is JsonObject policySettings)
        {
            settings = settings with
            {
                Policies = settings.Policies with
                {
                    RequiredTags = policySettings["required-tags"] is JsonArray tags ? Strings(tags) : settings.Policies.RequiredTags,
                    AllowedRegions = policySettings["allowed-regions"] is JsonArray regions ? Strings(regions) : settings.Policies.AllowedRegions,
                    MinimumLogRetentionDays = policySettings["min-log-retention-days"] is { } days ? (int)double.Parse(days.ToJsonString(), CultureInfo.InvariantCulture) : settings.Policies.MinimumLogRetentionDays,
                },
            };
        }

        return settings with
        {
            Excludes = [.. settings.Excludes, .. Strings(root["exclude"] as JsonArray)],
            FailOn = root["fail-on"] is { } failOn ? SeverityNames.Parse(failOn.GetValue<string>()) : settings.FailOn,
            FailOnUnknown = root["fail-on-unknown"]?.GetValue<bool>() ?? settings.FailOnUnknown,
            SoftFail = root["soft-fail"]?.GetValue<bool>() ?? settings.SoftFail,
            InlineSuppressions = root["inline-suppressions"]?.GetValue<bool>() ?? settings.InlineSuppressions,
            ForeignSuppressions = root["foreign-suppressions"]?.GetValue<bool>() ?? settings.ForeignSuppressions,
            BaselinePath = root["baseline"] is { } baseline ? Path.GetFullPath(baseline.GetValue<string>(), directory) : settings.BaselinePath,
            ConfiguredSuppressions = [.. settings.ConfiguredSuppressions, .. Suppressions(root["suppressions"] as JsonArray)],
        };
    }

    private IEnumerable<SuppressionRule> Suppressions(JsonArray? suppressions) =>
        (suppressions ?? []).OfType<JsonObject>().Select((rule, index) => new SuppressionRule
        {
            Policies = rule["policy"] is JsonArray several ? Strings(several) : [rule["policy"]!.GetValue<string>()],
            Paths = Strings(rule["paths"] as JsonArray),
            Resources = Strings(rule["resources"] as JsonArray),
            Reason = ConfigurationSemantics.AsString(rule["reason"]),
            Author = ConfigurationSemantics.AsString(rule["author"]),
            Expires = ConfigurationSemantics.AsString(rule["expires"]) is { } expires ? DateOnly.ParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Location = document.RangeOf($"/suppressions/{index}"),
        });

    private static ImmutableArray<string> Strings(JsonArray? array) => [.. (array ?? []).Select(item => item!.GetValue<string>())];
}
