using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>A VPC (<c>aws_vpc</c> or <c>aws_default_vpc</c>) with the flow logs that capture its traffic.</summary>
public sealed record Vpc : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The <c>aws_flow_log</c> resources whose <c>vpc_id</c> refers to this VPC.</summary>
    public required ImmutableArray<Resource> FlowLogs { get; init; }

    /// <summary>
    /// Flow logs of the same configuration whose <c>vpc_id</c> is only known after apply and refers to no declared
    /// VPC: any of them may be this VPC's.
    /// </summary>
    public required ImmutableArray<Resource> UndecidedFlowLogs { get; init; }
}
