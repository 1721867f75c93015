using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// One result of one policy on one resource: passed, failed, unknown or not applicable, located at the value that
/// decided it (or the resource's header when the deciding attribute is missing).
/// </summary>
public sealed record Finding
{
    public required PolicyMetadata Policy { get; init; }

    public required Resource Resource { get; init; }

    public required ResultStatus Status { get; init; }

    public required SourceRange Location { get; init; }

    public required string Message { get; init; }

    /// <summary>The severity the configuration gives the policy instead of its own, or null.</summary>
    public Severity? SeverityOverride { get; init; }

    public Severity Severity => SeverityOverride ?? Policy.Severity;

    /// <summary>For a <see cref="ResultStatus.Suppressed"/> finding, the suppression that waived it.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>What the finding was before it was suppressed (failed or unknown); its own status otherwise.</summary>
    public ResultStatus OriginalStatus
    {
        get => originalStatus ?? Status;
        init => originalStatus = value;
    }

    /// <summary>
    /// An identity that survives edits elsewhere in the file (lines moving): see <see cref="FindingFingerprint"/>.
    /// Baselines and SARIF's partialFingerprints use it.
    /// </summary>
    public string Fingerprint => FindingFingerprint.Of(this);

    private readonly ResultStatus? originalStatus;
}
