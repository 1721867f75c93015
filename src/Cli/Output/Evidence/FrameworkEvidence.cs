using System.Collections.Immutable;
using PolicyScan.Policies.Compliance;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>One framework of the evidence report: the controls the policies that ran cite, in natural id order.</summary>
internal sealed record FrameworkEvidence(ComplianceFramework Framework, ImmutableArray<ControlEvidence> Controls)
{
    public int Count(ControlStatus status) => Controls.Count(c => c.Status == status);

    /// <summary>Controls for which nothing passed or failed: the gaps an auditor must hear about.</summary>
    public IEnumerable<ControlEvidence> Gaps => Controls.Where(c => c.Status == ControlStatus.NoEvidence);
}
