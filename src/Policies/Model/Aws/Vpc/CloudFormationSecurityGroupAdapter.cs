using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// Builds <see cref="SecurityGroup"/> from CloudFormation's <c>AWS::EC2::SecurityGroup</c> with its inline
/// <c>SecurityGroupIngress</c>/<c>SecurityGroupEgress</c> lists, and links the split <c>AWS::EC2::SecurityGroupIngress</c>/
/// <c>AWS::EC2::SecurityGroupEgress</c> resources to it by <c>GroupId: !Ref Group</c> / <c>!GetAtt Group.GroupId</c> (or
/// an ingress rule's literal <c>GroupName</c>). A group created without egress rules gets EC2's allow-all egress rule
/// (documented on AWS::EC2::SecurityGroup): CloudFormation, unlike Terraform, does not remove it, and rules added later
/// by split egress resources do not replace it.
/// CloudFormation has no resource for a VPC's default security group, but split rules can add to it: each
/// <c>AWS::EC2::VPC</c> gives a default group (<see cref="SecurityGroup.IsDefault"/>) holding the split rules whose
/// <c>GroupId</c> is <c>!GetAtt Vpc.DefaultSecurityGroup</c>, and an ingress rule with the literal <c>GroupName: default</c>
/// (which names the default VPC's default group) is a default group of its own. The rules EC2 creates in every default
/// group are not modelled: the template neither writes nor can remove them. A <c>GroupId</c> from a parameter is not
/// taken for a default group; an <c>Fn::If</c> on a condition known only at deployment between a default group and
/// another group adds the rule to the default group as <see cref="SecurityGroupRule.TargetUncertain"/>, and leaves it
/// where it is checked otherwise.
/// </summary>
public sealed class CloudFormationSecurityGroupAdapter : IModelAdapter<SecurityGroup>
{
    private const string IngressType = "AWS::EC2::SecurityGroupIngress";
    private const string EgressType = "AWS::EC2::SecurityGroupEgress";
    private const string DefaultGroupAttribute = "DefaultSecurityGroup";

    /// <summary>The name EC2 gives every default security group; a rule may name it in the default VPC only.</summary>
    private const string DefaultGroupName = "default";

    public ImmutableArray<SecurityGroup> Build(AdapterContext context)
    {
        var groups = ImmutableArray.CreateBuilder<SecurityGroup>();
        var attached = new HashSet<Resource>(ReferenceEqualityComparer.Instance);
        foreach (var group in context.Resources("AWS::EC2::SecurityGroup").Where(IsCloudFormation))
        {
            var rules = new List<SecurityGroupRule>();
            rules.AddRange(Inline(group, TrafficDirection.Ingress));
            rules.AddRange(Inline(group, TrafficDirection.Egress));
            var split = context.Links.To(group, IngressType, "GroupId")
                .Concat(context.Links.To(group, IngressType, "GroupName", group["GroupName"]))
                .Concat(context.Links.To(group, EgressType, "GroupId"))
                .Distinct();
            foreach (var rule in split)
            {
                attached.Add(rule);
                rules.Add(Split(rule));
            }

            groups.Add(new SecurityGroup { Resource = group, IsDefault = false, IsDeclared = true, Rules = [.. rules] });
        }

        foreach (var vpc in context.Resources("AWS::EC2::VPC").Where(IsCloudFormation))
        {
            var rules = new List<SecurityGroupRule>();
            foreach (var rule in context.Links.To(vpc, IngressType, "GroupId").Concat(context.Links.To(vpc, EgressType, "GroupId")))
            {
                if (rule["GroupId"] is not UnknownValue groupId
                    || !groupId.References.Contains(new ReferenceTarget(vpc.Address, DefaultGroupAttribute)))
                {
                    continue;
                }

                // Only a choice left to deployment, or one among other groups, leaves the rule's group uncertain.
                var certain = groupId.Alternatives.IsEmpty && groupId.References.All(r => r.Attribute == DefaultGroupAttribute);
                if (certain)
                {
                    attached.Add(rule);
                }

                rules.Add(Split(rule) with { TargetUncertain = !certain });
            }

            groups.Add(new SecurityGroup
            {
                Resource = vpc,
                IsDefault = true,
                IsDeclared = true,
                KnownAs = $"\"{vpc.Address}.{DefaultGroupAttribute}\"",
                Rules = [.. rules],
            });
        }

        // A rule whose group is not declared here still opens that group: check it on its own.
        foreach (var rule in context.Resources(IngressType, EgressType).Where(IsCloudFormation).Where(r => !attached.Contains(r)))
        {
            var namesDefault = rule.Type == IngressType && rule["GroupId"].IsAbsent && rule["GroupName"].AsString() == DefaultGroupName;
            groups.Add(new SecurityGroup
            {
                Resource = rule,
                IsDefault = namesDefault,
                IsDeclared = false,
                KnownAs = namesDefault ? $"\"{DefaultGroupName}\" of the default VPC" : null,
                Rules = [Split(rule)],
            });
        }

        return groups.ToImmutable();
    }

    private static bool IsCloudFormation(Resource resource) => resource.Format == SourceFormat.CloudFormation;

    /// <summary>The inline rules of one direction, numbered from 1 as written; EC2's default egress rule when none is written.</summary>
    private static IEnumerable<SecurityGroupRule> Inline(Resource group, TrafficDirection direction)
    {
        var name = direction == TrafficDirection.Ingress ? "ingress" : "egress";
        var written = group[direction == TrafficDirection.Ingress ? "SecurityGroupIngress" : "SecurityGroupEgress"];
        if (written.IsUnknown)
        {
            yield return SecurityGroupRule.UnknownInlineRules(group, direction, written);
            yield break;
        }

        var rules = written.Elements.Where(e => !e.IsAbsent).ToList();
        if (direction == TrafficDirection.Egress && rules.Count == 0)
        {
            yield return DefaultEgress(group);
            yield break;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            yield return new SecurityGroupRule
            {
                Direction = direction,
                Source = group,
                Label = $"{name} rule {i + 1}",
                Location = rule.Range.IsNone ? group.DeclarationRange : rule.Range,
                Protocol = rule["IpProtocol"],
                FromPort = rule["FromPort"],
                ToPort = rule["ToPort"],
                Cidrs = [.. Cidr(rule["CidrIp"]), .. Cidr(rule["CidrIpv6"])],
                StandsForUnknownRules = rule.IsUnknown,
            };
        }
    }

    /// <summary>The rule EC2 adds to a group created without egress rules: all protocols to 0.0.0.0/0, located at the group.</summary>
    private static SecurityGroupRule DefaultEgress(Resource group)
    {
        var header = group.DeclarationRange;
        var allProtocols = new StringValue("-1", header, ValueOrigin.Defaulted);
        return new SecurityGroupRule
        {
            Direction = TrafficDirection.Egress,
            Source = group,
            Label = "the default egress rule EC2 adds when SecurityGroupEgress is not written",
            Location = header,
            Protocol = allProtocols,
            FromPort = allProtocols,
            ToPort = allProtocols,
            Cidrs = [new StringValue("0.0.0.0/0", header, ValueOrigin.Defaulted)],
        };
    }

    private static SecurityGroupRule Split(Resource rule) => new()
    {
        Direction = rule.Type == IngressType ? TrafficDirection.Ingress : TrafficDirection.Egress,
        Source = rule,
        Label = rule.Address,
        Location = rule.DeclarationRange,
        Protocol = rule["IpProtocol"],
        FromPort = rule["FromPort"],
        ToPort = rule["ToPort"],
        Cidrs = [.. Cidr(rule["CidrIp"]), .. Cidr(rule["CidrIpv6"])],
    };

    private static IEnumerable<Value> Cidr(Value cidr) => cidr.IsAbsent ? [] : [cidr];
}
