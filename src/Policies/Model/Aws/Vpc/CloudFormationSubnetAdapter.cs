using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// Builds <see cref="Subnet"/> from CloudFormation's <c>AWS::EC2::Subnet</c>: <c>MapPublicIpOnLaunch</c> is false when
/// not written (the EC2 default for a subnet created in a VPC; CloudFormation cannot declare a default subnet).
/// </summary>
public sealed class CloudFormationSubnetAdapter : IModelAdapter<Subnet>
{
    public ImmutableArray<Subnet> Build(AdapterContext context) =>
        [.. context.Resources("AWS::EC2::Subnet")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(subnet => new Subnet
            {
                Resource = subnet,
                MapPublicIpOnLaunch = Defaults.Or(subnet["MapPublicIpOnLaunch"], subnet, false),
            })];
}
