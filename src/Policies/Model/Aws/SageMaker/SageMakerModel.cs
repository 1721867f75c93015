using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>A SageMaker model: whether its containers are isolated from the network and whether they run in a VPC.</summary>
public sealed record SageMakerModel : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The model's name (<c>name</c>; unknown when generated).</summary>
    public required Value Name { get; init; }

    /// <summary><c>enable_network_isolation</c>; false (defaulted) when not written.</summary>
    public required Value EnableNetworkIsolation { get; init; }

    /// <summary>The <c>vpc_config</c> block; missing (located at the header) when not written.</summary>
    public required Value VpcConfig { get; init; }

    public string Label => SageMakerNames.Label(Name, Resource);
}
