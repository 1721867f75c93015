using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>Builds <see cref="Vpc"/> from <c>aws_vpc</c> and <c>aws_default_vpc</c>, linking <c>aws_flow_log.vpc_id</c> by reference or by the VPC's literal id.</summary>
public sealed class TerraformVpcAdapter : IModelAdapter<Vpc>
{
    private static readonly string[] VpcTypes = ["aws_vpc", "aws_default_vpc"];

    public ImmutableArray<Vpc> Build(AdapterContext context)
    {
        var vpcs = context.Resources(VpcTypes).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan).ToList();
        var flowLogs = context.Resources("aws_flow_log").ToList();
        var undecided = flowLogs.Where(log => log["vpc_id"].IsUnknown
                && !VpcTypes.Any(type => context.Links.Targets(log, log["vpc_id"], type).Any()))
            .ToList();
        return [.. vpcs.Select(vpc => new Vpc
        {
            Resource = vpc,
            FlowLogs = [.. context.Links.To(vpc, "aws_flow_log", "vpc_id", vpc["id"])],
            UndecidedFlowLogs = [.. undecided.Where(log => log.Root == vpc.Root && log.Format == vpc.Format)],
        })];
    }
}
