using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Engine;

/// <summary>Everything a scan produced: every result of every policy on every resource, and the input diagnostics.</summary>
public sealed record ScanResult
{
    public required ResourceGraph Graph { get; init; }

    public required ImmutableArray<Finding> Findings { get; init; }

    public ImmutableArray<Diagnostic> Diagnostics => Graph.Diagnostics;

    public int Count(ResultStatus status) => Findings.Count(f => f.Status == status);

    /// <summary>Failed findings at or above <paramref name="threshold"/>: what decides exit code 1.</summary>
    public IEnumerable<Finding> FailuresAtOrAbove(Severity threshold) =>
        Findings.Where(f => f.Status == ResultStatus.Failed && f.Severity >= threshold);
}
