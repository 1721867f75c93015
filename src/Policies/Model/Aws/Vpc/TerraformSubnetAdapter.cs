using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// Builds <see cref="Subnet"/>. An <c>aws_subnet</c> maps no public IP unless told to (provider default false); an
/// <c>aws_default_subnet</c> adopts the default VPC's subnet, which AWS creates with public IPv4 addressing on, and
/// the provider leaves an unwritten attribute as it finds it.
/// </summary>
public sealed class TerraformSubnetAdapter : IModelAdapter<Subnet>
{
    public ImmutableArray<Subnet> Build(AdapterContext context) =>
        [.. context.Resources("aws_subnet", "aws_default_subnet")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(subnet => new Subnet
            {
                Resource = subnet,
                MapPublicIpOnLaunch = Defaults.Or(subnet["map_public_ip_on_launch"], subnet, subnet.Type == "aws_default_subnet"),
            })];
}
