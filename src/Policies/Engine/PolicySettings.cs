using System.Collections.Immutable;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// The settings of configurable policies. Governance policies (required tags, allowed regions) are off until
/// configured: with nothing configured they record "not applicable".
/// </summary>
public sealed record PolicySettings
{
    public static readonly PolicySettings Default = new();

    /// <summary>Tags every taggable resource must carry (provider default tags count).</summary>
    public ImmutableArray<string> RequiredTags { get; init; } = [];

    /// <summary>Regions resources may be deployed to; empty means any.</summary>
    public ImmutableArray<string> AllowedRegions { get; init; } = [];

    /// <summary>The shortest acceptable log retention in days (HIPAA keeps documentation six years: 2192 days).</summary>
    public int MinimumLogRetentionDays { get; init; } = 365;
}
