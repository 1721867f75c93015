using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// Builds <see cref="Vpc"/> from CloudFormation's <c>AWS::EC2::VPC</c>, linking each <c>AWS::EC2::FlowLog</c> whose
/// <c>ResourceType</c> is <c>VPC</c> and whose <c>ResourceId</c> is <c>!Ref</c> the VPC. A VPC's id is only known after
/// deployment, so there is no linking by literal id; a VPC flow log whose <c>ResourceId</c> is unknown and refers to no
/// declared VPC (a parameter, an import) may log any of them.
/// </summary>
public sealed class CloudFormationVpcAdapter : IModelAdapter<Vpc>
{
    private const string VpcType = "AWS::EC2::VPC";

    public ImmutableArray<Vpc> Build(AdapterContext context)
    {
        var vpcs = context.Resources(VpcType).Where(r => r.Format == SourceFormat.CloudFormation).ToList();
        var undecided = context.Resources("AWS::EC2::FlowLog")
            .Where(log => log.Format == SourceFormat.CloudFormation && (log["ResourceType"].IsUnknown || log["ResourceType"].AsString() == "VPC"))
            .Where(log => log["ResourceId"].IsUnknown && !context.Links.Targets(log, log["ResourceId"], VpcType).Any())
            .ToList();
        return [.. vpcs.Select(vpc =>
        {
            var linked = context.Links.To(vpc, "AWS::EC2::FlowLog", "ResourceId").ToList();
            return new Vpc
            {
                Resource = vpc,
                FlowLogs = [.. linked.Where(log => log["ResourceType"].AsString() == "VPC")],

                // A linked flow log whose ResourceType is only known at deployment may log the VPC or something else.
                UndecidedFlowLogs = [.. linked.Where(log => log["ResourceType"].IsUnknown), .. undecided.Where(log => log.Root == vpc.Root)],
            };
        })];
    }
}
