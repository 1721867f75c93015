using System.Text.Json;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests.Fixtures;

/// <summary>
/// The policy settings a fixture folder runs with: <see cref="PolicySettings.Default"/>, unless the folder has a
/// <c>settings.json</c> such as <c>{ "requiredTags": ["Owner"], "allowedRegions": ["eu-central-1"] }</c>. Configurable
/// policies (required tags, allowed regions) are off by default, so their fixtures need a configuration to fail.
/// Unknown properties are an error, so that a misspelt setting cannot silently leave a policy off.
/// <c>"region"</c> is not a policy setting but the CloudFormation scan's <c>--region</c> (the stack's region, see
/// <see cref="RegionOf"/>); without it the stack's region is unknown, as in a scan without the flag.
/// </summary>
public static class FixtureSettings
{
    public const string FileName = "settings.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static PolicySettings Load(string folder)
    {
        if (Read(folder) is not { } file)
        {
            return PolicySettings.Default;
        }

        return new PolicySettings
        {
            RequiredTags = [.. file.RequiredTags ?? []],
            AllowedRegions = [.. file.AllowedRegions ?? []],
            MinimumLogRetentionDays = file.MinimumLogRetentionDays ?? PolicySettings.Default.MinimumLogRetentionDays,
        };
    }

    /// <summary>The region a CloudFormation fixture is scanned with (<c>--region</c>), or null.</summary>
    public static string? RegionOf(string folder) => Read(folder)?.Region;

    private static SettingsFile? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<SettingsFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: expected a JSON object")
            : null;
    }

    private sealed record SettingsFile(string[]? RequiredTags, string[]? AllowedRegions, int? MinimumLogRetentionDays, string? Region);
}
