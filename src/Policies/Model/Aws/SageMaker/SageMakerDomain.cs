using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>A SageMaker (Studio) domain: how its apps reach the network and which key encrypts its EFS volume.</summary>
public sealed record SageMakerDomain : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The domain's name (<c>domain_name</c>).</summary>
    public required Value Name { get; init; }

    /// <summary><c>app_network_access_type</c>: "PublicInternetOnly" (defaulted when not written) or "VpcOnly".</summary>
    public required Value AppNetworkAccessType { get; init; }

    /// <summary><c>kms_key_id</c>: missing means the AWS-managed key.</summary>
    public required Value KmsKeyId { get; init; }

    public string Label => SageMakerNames.Label(Name, Resource);
}
