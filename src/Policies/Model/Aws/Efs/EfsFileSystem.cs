using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Efs;

/// <summary>An EFS file system and whether its data is encrypted at rest.</summary>
public sealed record EfsFileSystem : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The creation token or the address, for messages.</summary>
    public required string DisplayName { get; init; }

    /// <summary><c>encrypted</c>, false (defaulted) when not written: the EFS API creates unencrypted file systems by default.</summary>
    public required Value Encrypted { get; init; }

    public required Value KmsKeyId { get; init; }
}
