using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using PolicyScan.Cli.Commands;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// One scan, stage by stage: read the inputs into one graph, run the selected policies, give configured severities,
/// drop excluded files, apply suppressions, take out what the baseline accepted, then hand the results to the outputs.
/// Each stage is a pure function of the settings and the previous stage, so the same inputs give the same report.
/// </summary>
internal static class ScanPipeline
{
    public static ScanReport Run(ScanSettings settings)
    {
        var graph = InputReader.Read(
            settings.Paths,
            settings.Terraform with { DisplayRoot = settings.Root, IncludeIgnored = settings.IncludeIgnored },
            settings.CloudFormation with { DisplayRoot = settings.Root, IncludeIgnored = settings.IncludeIgnored },
            settings.Plan with { DisplayRoot = settings.Root, IncludeIgnored = settings.IncludeIgnored });
        var policies = PolicySelection.Select(PolicyCatalog.BuiltInPolicies, settings);
        var result = PolicyRunner.Run(graph, policies, settings.Policies);
        result = result with { Findings = [.. result.Findings.Select(f => WithSeverityOverride(f, settings))] };
        result = ExcludeStage.Apply(result, settings);
        result = SuppressionStage.Apply(result, settings);
        var baseline = BaselineStage.Apply(result, settings);
        return new ScanReport
        {
            Result = baseline.Result,
            BaselinedFindings = baseline.Matched,
            BaselineMatches = baseline.Resolved is null ? null : baseline.Matched.Length,
            ResolvedBaselineEntries = baseline.Resolved,
            Settings = settings,
            Policies = policies,
            Inputs = [.. graph.Files.Select(f => InputOf(f.Path, f.Text, settings.Root)).OrderBy(f => f.Path, StringComparer.Ordinal)],
            ToolVersion = ToolVersion.Tool,
            PolicySetVersion = ToolVersion.PolicySet(policies),
            Time = ScanTime(),
        };
    }

    private static Finding WithSeverityOverride(Finding finding, ScanSettings settings) =>
        settings.SeverityOverrides.TryGetValue(finding.Policy.Id, out var severity) || settings.SeverityOverrides.TryGetValue(finding.Policy.Name, out severity)
            ? finding with { SeverityOverride = severity }
            : finding;

    private static InputFile InputOf(string displayPath, string text, string root)
    {
        var full = Path.GetFullPath(displayPath, root);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (IOException)
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(text);
        }
        catch (UnauthorizedAccessException)
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(text);
        }

        return new InputFile(displayPath, FormatOf(displayPath), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static string FormatOf(string path) =>
        path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tfvars.json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".hcl", StringComparison.OrdinalIgnoreCase)
            ? FormatNames.Terraform
            : FormatNames.CloudFormation;

    /// <summary>The scan's time: <c>SOURCE_DATE_EPOCH</c> (seconds) when set, as reproducible builds do, else now.</summary>
    private static DateTimeOffset ScanTime() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow;
}
