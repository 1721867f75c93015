using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>A SageMaker endpoint configuration and the key that encrypts the storage of its hosting instances.</summary>
public sealed record SageMakerEndpointConfiguration : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The configuration's name (<c>name</c>; unknown when generated).</summary>
    public required Value Name { get; init; }

    /// <summary><c>kms_key_arn</c>: missing means an AWS-managed key.</summary>
    public required Value KmsKeyArn { get; init; }

    public string Label => SageMakerNames.Label(Name, Resource);
}
