using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ecr;

/// <summary>A registry scanning rule: how often (SCAN_ON_PUSH, CONTINUOUS_SCAN, MANUAL) the repositories its filters match are scanned.</summary>
public sealed record EcrScanningRule(Value ScanFrequency, ImmutableArray<Value> Filters)
{
    /// <summary>A rule scans images automatically unless it is MANUAL.</summary>
    public bool ScansAutomatically => ScanFrequency.AsString() is "SCAN_ON_PUSH" or "CONTINUOUS_SCAN";
}
