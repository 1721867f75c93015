using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.OpenSearch;

/// <summary>
/// An OpenSearch (<c>aws_opensearch_domain</c>) or legacy Elasticsearch (<c>aws_elasticsearch_domain</c>) domain:
/// encryption at rest, VPC placement and access policies (inline or linked domain policy resources).
/// </summary>
public sealed record OpenSearchDomain : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>"OpenSearch" or "Elasticsearch", for messages.</summary>
    public required string Engine { get; init; }

    public required Value Name { get; init; }

    /// <summary><c>encrypt_at_rest.enabled</c>; false (defaulted) without the block, as the provider documents.</summary>
    public required Value EncryptAtRest { get; init; }

    /// <summary>The subnets of <c>vpc_options</c>; missing when the domain has a public endpoint.</summary>
    public required Value VpcSubnetIds { get; init; }

    /// <summary>Access policies: the domain's <c>access_policies</c> and linked domain policy resources.</summary>
    public required ImmutableArray<PolicyDocument> AccessPolicies { get; init; }

    public string DisplayName => $"{Engine} domain \"{Name.AsString() ?? Resource.Address}\"";
}
