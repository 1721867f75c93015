using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// A security group with all its rules, from every source: inline blocks, <c>aws_security_group_rule</c> and the
/// provider v5 <c>aws_vpc_security_group_ingress_rule</c>/<c>_egress_rule</c> linked to it by reference or by id.
/// Rules attached to a group that the configuration does not declare (an id from a variable or a data source) are
/// still checked: each becomes a group of its own whose <see cref="Resource"/> is the rule resource.
/// </summary>
public sealed record SecurityGroup : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>
    /// True for a VPC's default security group: <c>aws_default_security_group</c> in Terraform; in CloudFormation, which
    /// cannot declare it, the group that split rules reach by <c>!GetAtt Vpc.DefaultSecurityGroup</c> (or by the name
    /// <c>default</c> in the default VPC).
    /// </summary>
    public required bool IsDefault { get; init; }

    /// <summary>False when the group is not declared here and <see cref="Resource"/> is a rule resource attached to it.</summary>
    public required bool IsDeclared { get; init; }

    public required ImmutableArray<SecurityGroupRule> Rules { get; init; }

    /// <summary>How messages name a group that no resource declares under a name of its own (a CloudFormation VPC's default group).</summary>
    public string? KnownAs { get; init; }

    public IEnumerable<SecurityGroupRule> Ingress => Rules.Where(r => r.Direction == TrafficDirection.Ingress);

    public IEnumerable<SecurityGroupRule> Egress => Rules.Where(r => r.Direction == TrafficDirection.Egress);

    /// <summary>How messages name the group: its name when known, else its address (or the group id a rule points at).</summary>
    public string DisplayName => KnownAs ?? (IsDeclared && (Resource["name"].AsString() ?? Resource["GroupName"].AsString()) is { } name
        ? $"\"{name}\""
        : IsDeclared ? $"\"{Resource.Address}\""
        : (Resource["security_group_id"].AsString() ?? Resource["GroupId"].AsString() ?? Resource["GroupName"].AsString()) is { } id
            ? $"\"{id}\"" : $"(the group of {Resource.Address})");
}
