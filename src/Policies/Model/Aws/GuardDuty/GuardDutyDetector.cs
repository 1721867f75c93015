using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.GuardDuty;

/// <summary>A GuardDuty detector; <c>enable</c> is true when left out (AWS provider default).</summary>
public sealed record GuardDutyDetector : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>Whether the detector is enabled (<c>enable</c>, true by default).</summary>
    public required Value Enabled { get; init; }
}
