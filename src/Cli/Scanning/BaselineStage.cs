using System.Collections.Immutable;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// <c>--baseline FILE</c>: failures whose fingerprint the baseline holds are taken out of the results (the gate and
/// every output see only the new ones), and counted; baseline entries that match no failure any more are counted as
/// resolved, so the team knows when to recreate the baseline. The last stage, so it sees the failures that
/// selection, severities, excludes and suppressions left.
/// </summary>
internal static class BaselineStage
{
    public static BaselineOutcome Apply(ScanResult result, ScanSettings settings)
    {
        if (settings.BaselinePath is not { } path)
        {
            return new BaselineOutcome(result, [], null);
        }

        var baseline = BaselineFile.Read(path);
        bool InBaseline(Finding f) => f.Status == ResultStatus.Failed && baseline.Fingerprints.Contains(f.Fingerprint);
        var matched = result.Findings.Where(InBaseline).ToImmutableArray();
        var stillFailing = matched.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new BaselineOutcome(
            result with { Findings = [.. result.Findings.Where(f => !InBaseline(f))] },
            matched,
            baseline.Fingerprints.Count(f => !stillFailing.Contains(f)));
    }
}

/// <summary>The results without the baselined failures, those failures, and how many baseline entries no longer occur (null without a baseline).</summary>
internal sealed record BaselineOutcome(ScanResult Result, ImmutableArray<Finding> Matched, int? Resolved);
