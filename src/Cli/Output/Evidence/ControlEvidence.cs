using System.Collections.Immutable;
using PolicyScan.Policies.Compliance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>One control of a framework: the policies that test it and what they found, as the evidence report shows it.</summary>
internal sealed record ControlEvidence
{
    public required ComplianceControl Control { get; init; }

    /// <summary>The policies that ran and cite the control, in id order.</summary>
    public required ImmutableArray<PolicyMetadata> Policies { get; init; }

    /// <summary>Every result of those policies.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>The failed results, by file, line and policy.</summary>
    public ImmutableArray<Finding> Failures => [.. InLocationOrder(ResultStatus.Failed)];

    /// <summary>The unknown results (values known only at deployment), by file, line and policy: what keeps a control from being verified.</summary>
    public ImmutableArray<Finding> Unknowns => [.. InLocationOrder(ResultStatus.Unknown)];

    /// <summary>The waived results, by file, line and policy.</summary>
    public ImmutableArray<Finding> Suppressions => [.. InLocationOrder(ResultStatus.Suppressed)];

    public int Count(ResultStatus status) => Findings.Count(f => f.Status == status);

    public ControlStatus Status =>
        Count(ResultStatus.Failed) > 0 ? ControlStatus.Failed
        : Count(ResultStatus.Passed) == 0 ? ControlStatus.NoEvidence
        : Count(ResultStatus.Unknown) > 0 ? ControlStatus.PassedWithUnknowns
        : ControlStatus.Passed;

    private IEnumerable<Finding> InLocationOrder(ResultStatus status) => Findings
        .Where(f => f.Status == status)
        .OrderBy(f => f.Location.File?.Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.Location.StartPosition.Line)
        .ThenBy(f => f.Location.StartPosition.Column)
        .ThenBy(f => f.Policy.Id, StringComparer.Ordinal)
        .ThenBy(f => f.Resource.Address, StringComparer.Ordinal);
}
