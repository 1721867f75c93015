using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>A subnet (<c>aws_subnet</c> or <c>aws_default_subnet</c>) and whether it gives instances a public IPv4 address on launch.</summary>
public sealed record Subnet : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary><c>map_public_ip_on_launch</c>, or its default when not written (false for aws_subnet, true for a default subnet).</summary>
    public required Value MapPublicIpOnLaunch { get; init; }
}
