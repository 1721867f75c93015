using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// Builds <see cref="SecurityGroup"/> from <c>aws_security_group</c> and <c>aws_default_security_group</c> with their
/// inline rules, and links the split rule resources to them by reference (<c>security_group_id =
/// aws_security_group.web.id</c>, through locals and module outputs) or by the group's literal id.
/// </summary>
public sealed class TerraformSecurityGroupAdapter : IModelAdapter<SecurityGroup>
{
    private static readonly string[] RuleTypes = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];

    public ImmutableArray<SecurityGroup> Build(AdapterContext context)
    {
        var groups = ImmutableArray.CreateBuilder<SecurityGroup>();
        var attached = new HashSet<Resource>(ReferenceEqualityComparer.Instance);
        foreach (var group in context.Resources("aws_security_group", "aws_default_security_group").Where(IsTerraform))
        {
            var rules = new List<SecurityGroupRule>();
            rules.AddRange(Inline(group, TrafficDirection.Ingress));
            rules.AddRange(Inline(group, TrafficDirection.Egress));
            foreach (var type in RuleTypes)
            {
                foreach (var rule in context.Links.To(group, type, "security_group_id", group["id"]))
                {
                    attached.Add(rule);
                    rules.AddRange(Split(rule));
                }
            }

            groups.Add(new SecurityGroup
            {
                Resource = group,
                IsDefault = group.Type == "aws_default_security_group",
                IsDeclared = true,
                Rules = [.. rules],
            });
        }

        // A rule whose group is not declared here still opens that group: check it on its own.
        foreach (var rule in context.Resources(RuleTypes).Where(IsTerraform).Where(r => !attached.Contains(r)))
        {
            groups.Add(new SecurityGroup { Resource = rule, IsDefault = false, IsDeclared = false, Rules = [.. Split(rule)] });
        }

        return groups.ToImmutable();
    }

    private static bool IsTerraform(Resource resource) => resource.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan;

    /// <summary>Inline <c>ingress</c>/<c>egress</c> blocks (or the attribute-as-blocks list form), numbered from 1 as written.</summary>
    private static IEnumerable<SecurityGroupRule> Inline(Resource group, TrafficDirection direction)
    {
        var name = direction == TrafficDirection.Ingress ? "ingress" : "egress";
        var written = group[name];
        if (written.IsUnknown)
        {
            yield return SecurityGroupRule.UnknownInlineRules(group, direction, written);
            yield break;
        }

        var blocks = written.AsBlocks();
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            yield return new SecurityGroupRule
            {
                Direction = direction,
                Source = group,
                Label = $"{name} rule {i + 1}",
                Location = block.Range.IsNone ? group.DeclarationRange : block.Range,
                Protocol = block["protocol"],
                FromPort = block["from_port"],
                ToPort = block["to_port"],
                Cidrs = [.. Cidrs(block["cidr_blocks"]), .. Cidrs(block["ipv6_cidr_blocks"])],
                // A dynamic block over a collection only known after apply is one placeholder that may stand for no rule.
                StandsForUnknownRules = block.MayNotExist,
            };
        }
    }

    private static IEnumerable<SecurityGroupRule> Split(Resource rule)
    {
        if (rule.Type == "aws_security_group_rule")
        {
            var type = rule["type"].AsString();
            if (type is not ("ingress" or "egress"))
            {
                // An unknown type could be either: the rule is checked both ways, and only unknowns can come of it
                // for a direction that it does not have.
                if (!rule["type"].IsUnknown)
                {
                    yield break;
                }
            }

            foreach (var direction in type is null ? [TrafficDirection.Ingress, TrafficDirection.Egress]
                         : type == "ingress" ? [TrafficDirection.Ingress] : new[] { TrafficDirection.Egress })
            {
                yield return new SecurityGroupRule
                {
                    Direction = direction,
                    Source = rule,
                    Label = rule.Address,
                    Location = rule.DeclarationRange,
                    Protocol = rule["protocol"],
                    FromPort = rule["from_port"],
                    ToPort = rule["to_port"],
                    Cidrs = [.. Cidrs(rule["cidr_blocks"]), .. Cidrs(rule["ipv6_cidr_blocks"])],
                };
            }

            yield break;
        }

        yield return new SecurityGroupRule
        {
            Direction = rule.Type == "aws_vpc_security_group_ingress_rule" ? TrafficDirection.Ingress : TrafficDirection.Egress,
            Source = rule,
            Label = rule.Address,
            Location = rule.DeclarationRange,
            Protocol = rule["ip_protocol"],
            FromPort = rule["from_port"],
            ToPort = rule["to_port"],
            Cidrs = [.. Cidr(rule["cidr_ipv4"]), .. Cidr(rule["cidr_ipv6"])],
        };
    }

    /// <summary>The elements of a CIDR list, or the list itself when it is only known after apply.</summary>
    private static IEnumerable<Value> Cidrs(Value list) => list.IsUnknown ? [list] : list.Elements.Where(e => !e.IsAbsent);

    private static IEnumerable<Value> Cidr(Value cidr) => cidr.IsAbsent ? [] : [cidr];
}
