using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// A suppression written in the configuration rather than in the code: which policies (ids or names), on which files
/// (glob patterns relative to the scan root, all files when empty) and resources (addresses, all when empty), why,
/// by whom and until when.
/// </summary>
public sealed record SuppressionRule
{
    public required ImmutableArray<string> Policies { get; init; }

    public ImmutableArray<string> Paths { get; init; } = [];

    public ImmutableArray<string> Resources { get; init; } = [];

    public string? Reason { get; init; }

    public string? Author { get; init; }

    public DateOnly? Expires { get; init; }

    /// <summary>Where the rule is written in the configuration file.</summary>
    public SourceRange Location { get; init; }
}
