using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// The launch settings of an EC2 instance (<c>aws_instance</c>) or of the instances a launch template
/// (<c>aws_launch_template</c>) starts: the instance metadata service options and the public addressing.
/// </summary>
public sealed record Ec2InstanceConfiguration : IModelObject
{
    public required Resource Resource { get; init; }

    public required InstanceConfigurationKind Kind { get; init; }

    /// <summary>
    /// <c>metadata_options.http_tokens</c>: "required" means IMDSv2 only. When not written the EC2 API's default,
    /// "optional", applies; an instance launched from a template of this configuration takes the template's value.
    /// </summary>
    public required Value HttpTokens { get; init; }

    /// <summary><c>metadata_options.http_endpoint</c> ("enabled" by default); "disabled" turns the metadata service off.</summary>
    public required Value HttpEndpoint { get; init; }

    /// <summary>
    /// The <c>associate_public_ip_address</c> values written: the instance's own, or each network interface's of a
    /// launch template. Empty when none is written (the subnet then decides, see PS-AWS-VPC-007).
    /// </summary>
    public required ImmutableArray<Value> AssociatePublicIp { get; init; }

    /// <summary>How messages name it: <c>Instance "aws_instance.web"</c> or <c>Launch template "..."</c>.</summary>
    public string DisplayName => Kind == InstanceConfigurationKind.Instance
        ? $"Instance \"{Resource.Address}\""
        : $"Launch template \"{Resource.Address}\"";
}
