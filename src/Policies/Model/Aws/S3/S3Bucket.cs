using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>
/// An S3 bucket with everything that configures it, whether written inside the bucket (provider v3 style) or in the
/// split resources of provider v4+ linked to it. Each value keeps its own location, so a finding on the encryption
/// points at the encryption resource's attribute.
/// </summary>
public sealed record S3Bucket : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The bucket name (unknown when generated, e.g. from <c>bucket_prefix</c>).</summary>
    public required Value Name { get; init; }

    /// <summary>Canned ACLs: the bucket's own <c>acl</c> and those of linked ACL resources; "private" by default.</summary>
    public required ImmutableArray<Value> CannedAcls { get; init; }

    /// <summary>Explicit grants (inline <c>grant</c> blocks or an ACL resource's access control policy).</summary>
    public required ImmutableArray<S3Grant> Grants { get; init; }

    /// <summary>The bucket-level public access blocks linked to the bucket.</summary>
    public required ImmutableArray<S3PublicAccessBlock> PublicAccessBlocks { get; init; }

    /// <summary>Account-level public access blocks of the same configuration, which apply to every bucket.</summary>
    public required ImmutableArray<S3PublicAccessBlock> AccountPublicAccessBlocks { get; init; }

    /// <summary>Default encryption rules (inline or linked); empty when not configured.</summary>
    public required ImmutableArray<S3EncryptionRule> EncryptionRules { get; init; }

    /// <summary>Access logging targets (inline <c>logging</c> or linked <c>aws_s3_bucket_logging</c>); empty when off.</summary>
    public required ImmutableArray<Value> LoggingTargets { get; init; }

    /// <summary>Whether versioning is enabled (false, defaulted, when not configured).</summary>
    public required Value Versioning { get; init; }

    /// <summary>Bucket policies (inline <c>policy</c> or linked <c>aws_s3_bucket_policy</c>).</summary>
    public required ImmutableArray<PolicyDocument> Policies { get; init; }

    /// <summary>Replication rules (inline or linked).</summary>
    public required ImmutableArray<S3ReplicationRule> ReplicationRules { get; init; }

    /// <summary>The bucket's ARN when its name is known (for matching against trail selectors and policies).</summary>
    public string? Arn => Name.AsString() is { } name ? $"arn:aws:s3:::{name}" : null;
}
