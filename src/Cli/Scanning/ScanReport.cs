using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// What every output format is written from: the scan's results after the configuration, suppressions and baseline
/// were applied, with the facts an auditor asks for (inputs with hashes, tool and policy set versions, time).
/// </summary>
internal sealed record ScanReport
{
    public required ScanResult Result { get; init; }

    public required ScanSettings Settings { get; init; }

    /// <summary>The policies that ran (after skips and enables), in id order.</summary>
    public required ImmutableArray<Policy> Policies { get; init; }

    public required ImmutableArray<InputFile> Inputs { get; init; }

    public required string ToolVersion { get; init; }

    public required string PolicySetVersion { get; init; }

    /// <summary>When the scan ran: <c>SOURCE_DATE_EPOCH</c> when set (reproducible reports), else the clock.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Baseline entries that no longer occur, when a baseline was given.</summary>
    public int? ResolvedBaselineEntries { get; init; }

    /// <summary>Findings hidden because the baseline holds them, when a baseline was given.</summary>
    public int? BaselineMatches { get; init; }

    /// <summary>The failures taken out of the results because the baseline holds them (empty without a baseline).</summary>
    public ImmutableArray<Finding> BaselinedFindings { get; init; } = [];

    public ImmutableArray<Finding> Findings => Result.Findings;

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The failures (and, with --fail-on-unknown, unknowns) at or above the threshold: what exit code 1 means.</summary>
    public IEnumerable<Finding> GateFailures => Findings.Where(f =>
        f.Severity >= Settings.FailOn
        && (f.Status == ResultStatus.Failed || (Settings.FailOnUnknown && f.Status == ResultStatus.Unknown)));

    public int Count(ResultStatus status) => Result.Count(status);
}
