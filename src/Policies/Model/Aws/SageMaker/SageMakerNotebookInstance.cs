using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>
/// A SageMaker notebook instance. Root access and direct internet access take the provider's default "Enabled" when
/// not written; the key and the subnet are missing (located at the header) when not written.
/// </summary>
public sealed record SageMakerNotebookInstance : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The notebook's name (<c>name</c>).</summary>
    public required Value Name { get; init; }

    /// <summary><c>root_access</c>: "Enabled" or "Disabled"; "Enabled" (defaulted) when not written.</summary>
    public required Value RootAccess { get; init; }

    /// <summary><c>direct_internet_access</c>: "Enabled" or "Disabled"; "Enabled" (defaulted) when not written.</summary>
    public required Value DirectInternetAccess { get; init; }

    /// <summary><c>kms_key_id</c>: the key that encrypts the ML storage volume; missing means an AWS-managed key.</summary>
    public required Value KmsKeyId { get; init; }

    /// <summary><c>subnet_id</c>: the customer VPC subnet; missing means SageMaker's own network.</summary>
    public required Value SubnetId { get; init; }

    /// <summary>How messages name the notebook: its name when known, its address otherwise.</summary>
    public string Label => SageMakerNames.Label(Name, Resource);
}
