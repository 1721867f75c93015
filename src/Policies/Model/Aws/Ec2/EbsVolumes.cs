using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// The EBS volumes one resource creates: an <c>aws_ebs_volume</c>, the root and extra block devices of an
/// <c>aws_instance</c>, or the EBS block device mappings of an <c>aws_launch_template</c>; with the account-level
/// encryption-by-default settings of the same configuration, which encrypt every new volume whatever it says.
/// </summary>
public sealed record EbsVolumes : IModelObject
{
    public required Resource Resource { get; init; }

    public required ImmutableArray<EbsDevice> Devices { get; init; }

    /// <summary>The <c>enabled</c> values of the configuration's <c>aws_ebs_encryption_by_default</c> resources (true when not written).</summary>
    public required ImmutableArray<Value> EncryptionByDefault { get; init; }
}
