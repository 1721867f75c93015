using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// An AWS resource and the region its data lives in: its own <c>region</c> argument (provider v6), else the region
/// of its provider configuration, else unknown (the environment decides); for a CloudFormation resource, the stack's
/// region (the scan's <c>--region</c>, else unknown). Resources of global services (IAM,
/// CloudFront, Route 53, Organizations, ...) have no region and are marked <see cref="GlobalService"/>.
/// </summary>
public sealed record RegionalResource : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The effective region: a string, or unknown with the reason (located at its source when written).</summary>
    public required Value Region { get; init; }

    public required RegionSource Source { get; init; }

    /// <summary>How messages name the source: <c>its region argument</c>, <c>provider "aws.us"</c>.</summary>
    public required string SourceDescription { get; init; }

    /// <summary>The global service the resource belongs to (<c>IAM</c>), or null for a regional resource.</summary>
    public string? GlobalService { get; init; }

    /// <summary>
    /// Further regions the resource keeps copies of its data in: the <c>region_name</c> of each DynamoDB global table
    /// <c>replica</c> block (Terraform), the <c>Region</c> of each <c>AWS::DynamoDB::GlobalTable</c> replica (CloudFormation).
    /// </summary>
    public ImmutableArray<Value> ReplicaRegions { get; init; } = [];
}
