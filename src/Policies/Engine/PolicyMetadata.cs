using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// Everything a user, a report or an auditor needs to know about a policy. Ids are stable: <c>PS-AWS-S3-001</c>
/// (tool, cloud, service, number); custom policies must not use the <c>PS-</c> prefix.
/// </summary>
public sealed record PolicyMetadata
{
    /// <summary>The documentation base; a policy's help page is this plus its id.</summary>
    public const string HelpBase = "https://github.com/policyscan/policyscan/blob/main/docs/policies/";

    public required string Id { get; init; }

    /// <summary>A readable kebab-case name, usable wherever the id is (<c>s3-bucket-public-acl</c>).</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>What the policy checks.</summary>
    public required string Description { get; init; }

    /// <summary>Why it matters for regulated data.</summary>
    public required string Rationale { get; init; }

    /// <summary>How to fix it, in words.</summary>
    public required string Remediation { get; init; }

    /// <summary>A fixed example per input format that the policy supports.</summary>
    public required ImmutableDictionary<SourceFormat, string> FixedExamples { get; init; }

    /// <summary>Compliance references in the catalogue's form (<c>hipaa:164.312(a)(2)(iv)</c>, <c>aws-fsbp:S3.8</c>).</summary>
    public required ImmutableArray<string> Compliance { get; init; }

    /// <summary>
    /// The equivalent checks of other tools (<c>checkov:CKV_AWS_20</c>, <c>tfsec:aws-s3-no-public-access-with-acl</c>,
    /// <c>trivy:AVD-AWS-0086</c>, <c>kics:...</c>), so users migrating keep their suppressions.
    /// </summary>
    public ImmutableArray<string> Related { get; init; } = [];

    /// <summary>The resource types (in Terraform's names) the policy reads, for documentation and filtering.</summary>
    public required ImmutableArray<string> ResourceTypes { get; init; }

    /// <summary>The input formats the policy supports.</summary>
    public ImmutableArray<SourceFormat> Formats => [.. FixedExamples.Keys.Order()];

    public string HelpUri => HelpBase + Id + ".md";

    /// <summary>
    /// Whether the policy judges resources of <paramref name="format"/>. A plan holds the same resources as the
    /// configuration, read by the Terraform adapters, so a Terraform policy judges plans too.
    /// </summary>
    public bool Supports(SourceFormat format) =>
        FixedExamples.ContainsKey(format) || (format == SourceFormat.TerraformPlan && FixedExamples.ContainsKey(SourceFormat.Terraform));
}
