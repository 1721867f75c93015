using System.Collections.Immutable;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>Which policies run: the enabled ones (all when none are named), less the skipped ones; by id or name.</summary>
internal static class PolicySelection
{
    public static ImmutableArray<Policy> Select(IEnumerable<Policy> catalogue, ScanSettings settings) =>
        [.. catalogue.Where(p =>
            (settings.EnabledPolicies.IsEmpty || Names(settings.EnabledPolicies, p))
            && !Names(settings.SkippedPolicies, p))];

    private static bool Names(IEnumerable<string> names, Policy policy) =>
        names.Any(n => string.Equals(n, policy.Metadata.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(n, policy.Metadata.Name, StringComparison.OrdinalIgnoreCase));
}
