using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

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

    public Severity Severity => Policy.Severity;
}
