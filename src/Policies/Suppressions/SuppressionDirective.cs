using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Suppressions;

/// <summary>Whose ids a suppression names, which decides how they map to our policies.</summary>
internal enum IdNamespace
{
    /// <summary>Our ids or names (<c>PS-AWS-S3-001</c>, <c>s3-bucket-public-acl</c>).</summary>
    PolicyScan,
    Checkov,
    Tfsec,

    /// <summary>Trivy's AVD ids, or its long ids, which are tfsec's.</summary>
    Trivy,
    Kics,

    /// <summary>KICS's ignore-block and whole-file ignore: every KICS query, so every policy with a KICS id.</summary>
    AllKics,
}

/// <summary>What a suppression covers on the resource it is attached to.</summary>
internal enum DirectiveScope
{
    /// <summary>All of the resource's findings of the named policies.</summary>
    Resource,

    /// <summary>Findings located on the line after the comment (KICS's ignore-line).</summary>
    NextLine,

    /// <summary>Every resource in the file (KICS's disable= and ignore).</summary>
    File,
}

/// <summary>One suppression as written (a comment's directive or a metadata entry), before it is matched to findings.</summary>
internal sealed record SuppressionDirective
{
    public required string Source { get; init; }

    public required SuppressionKind Kind { get; init; }

    public required IdNamespace Namespace { get; init; }

    /// <summary>The ids as written; empty when the directive names none (malformed).</summary>
    public required ImmutableArray<string> Ids { get; init; }

    public string? Reason { get; init; }

    /// <summary>The tool's syntax has no place for a reason (tfsec, Trivy, KICS): the reason is a fixed note, and a warning says so.</summary>
    public bool HasNoReasonSlot { get; init; }

    public string? Author { get; init; }

    public DateOnly? Expires { get; init; }

    /// <summary>An expiry that is not a date, as written: the directive is not applied.</summary>
    public string? InvalidExpiry { get; init; }

    public DirectiveScope Scope { get; init; } = DirectiveScope.Resource;

    public required SourceRange Location { get; init; }

    /// <summary>The ids as one phrase for messages.</summary>
    public string Describe() => Ids.IsEmpty ? "nothing" : string.Join(", ", Ids);
}
