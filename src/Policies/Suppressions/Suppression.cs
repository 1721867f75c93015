using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// A waiver of one policy's findings on a resource, with the accountability an auditor asks for: who wrote it (where
/// known), why, until when, and where.
/// </summary>
public sealed record Suppression
{
    public required SuppressionKind Kind { get; init; }

    /// <summary>The syntax it was written in: <c>policyscan:ignore</c>, <c>checkov:skip</c>, <c>tfsec:ignore</c>, <c>.policyscan.yml</c>, ...</summary>
    public required string Source { get; init; }

    /// <summary>The id the suppression names as written (ours, or the other scanner's: <c>CKV_AWS_20</c>).</summary>
    public required string NamedId { get; init; }

    public string? Reason { get; init; }

    public string? Author { get; init; }

    /// <summary>The last day the suppression works; from the next day on, the finding counts again and the scan says so.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Where it is written: the comment, the metadata entry, or the configuration entry.</summary>
    public SourceRange Location { get; init; }
}
