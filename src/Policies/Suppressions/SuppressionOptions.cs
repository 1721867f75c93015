using System.Collections.Immutable;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Suppressions;

/// <summary>Which suppressions a scan honours, and the day their expiry dates are judged against.</summary>
public sealed record SuppressionOptions
{
    /// <summary>
    /// Suppressions written in the code: ours (comments, CloudFormation metadata) and, when <see cref="Foreign"/> is
    /// also on, other scanners'. Off for platform teams that do not let developers waive findings; configured
    /// suppressions still apply.
    /// </summary>
    public bool Inline { get; init; } = true;

    /// <summary>Checkov, tfsec, Trivy and KICS suppressions, mapped through each policy's related ids.</summary>
    public bool Foreign { get; init; } = true;

    public ImmutableArray<ConfiguredSuppression> Configured { get; init; } = [];

    /// <summary>A suppression works up to and including its expiry day; from the next day on it does not.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The policies suppressions may name (ids and names), and whose related ids foreign suppressions map through.</summary>
    public ImmutableArray<PolicyMetadata> KnownPolicies { get; init; } = [.. PolicyCatalog.BuiltInPolicies.Select(p => p.Metadata)];
}
