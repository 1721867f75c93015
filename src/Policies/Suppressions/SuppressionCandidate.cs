using System.Collections.Immutable;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// A suppression ready to be matched: the record a waived finding carries, the ids of the policies it covers, whether
/// it has expired, and any narrower condition (a line, a path, a resource address).
/// </summary>
internal sealed record SuppressionCandidate(Suppression Suppression, ImmutableHashSet<string> PolicyIds, bool Expired, Func<Finding, bool>? Condition = null)
{
    public bool Applies(Finding finding) => PolicyIds.Contains(finding.Policy.Id) && (Condition is null || Condition(finding));
}
