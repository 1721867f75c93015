using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>
/// The check shared by the security group policies: rules of one direction that admit the whole internet (a
/// <c>/0</c> CIDR) to ports of one <see cref="PortExposure"/> class. Each public CIDR fails at its own value; a CIDR or
/// a port only known after apply gives an unknown, never a failure.
/// </summary>
internal static class OpenRuleCheck
{
    public static void Check(SecurityGroup group, PolicyCheck check, TrafficDirection direction, PortExposure exposure)
    {
        foreach (var rule in group.Rules.Where(r => r.Direction == direction && !r.TargetUncertain))
        {
            var publicCidrs = rule.PublicCidrs.ToList();
            var unknownCidr = rule.UnknownCidrs.FirstOrDefault();
            if (publicCidrs.Count == 0 && unknownCidr is null)
            {
                continue;
            }

            var ruleExposure = rule.Exposure;
            if (ruleExposure == exposure)
            {
                foreach (var cidr in publicCidrs)
                {
                    check.Fail(cidr, Describe(group, rule, cidr.AsString()!));
                }

                if (publicCidrs.Count == 0)
                {
                    check.Unknown(unknownCidr!, $"Security group {group.DisplayName} may allow the internet to {rule.PortsText} ({rule.Label}): its CIDR is only known after apply");
                }
            }
            else if (ruleExposure == PortExposure.Unknown)
            {
                var source = publicCidrs.Count > 0 ? publicCidrs[0].AsString() : "a CIDR only known after apply";
                check.Unknown(rule.UnknownPart ?? rule.Protocol, $"Security group {group.DisplayName} allows {source} {(direction == TrafficDirection.Ingress ? "to" : "on")} ports only known after apply ({rule.Label})");
            }
        }
    }

    private static string Describe(SecurityGroup group, SecurityGroupRule rule, string cidr) =>
        rule.Direction == TrafficDirection.Ingress
            ? $"Security group {group.DisplayName} allows {cidr} to {rule.PortsText} ({rule.Label})"
            : $"Security group {group.DisplayName} allows traffic to {cidr} on {rule.PortsText} ({rule.Label})";
}
