using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// One rule of a security group, wherever it was written: an inline <c>ingress</c>/<c>egress</c> block, an
/// <c>aws_security_group_rule</c>, or an <c>aws_vpc_security_group_ingress_rule</c>/<c>_egress_rule</c>. Ports stay a
/// range (<see cref="FromPort"/>..<see cref="ToPort"/>); for ICMP they are the type and code.
/// </summary>
public sealed record SecurityGroupRule
{
    public const int SshPort = 22;
    public const int RdpPort = 3389;
    public const int HighestPort = 65535;

    public required TrafficDirection Direction { get; init; }

    /// <summary>The resource the rule is written in (the group itself for inline blocks).</summary>
    public required Resource Source { get; init; }

    /// <summary>How messages name the rule: <c>ingress rule 2</c> or the split resource's address.</summary>
    public required string Label { get; init; }

    /// <summary>The block or resource the rule is written as.</summary>
    public required SourceRange Location { get; init; }

    public required Value Protocol { get; init; }

    public required Value FromPort { get; init; }

    public required Value ToPort { get; init; }

    /// <summary>The IPv4 and IPv6 CIDR ranges the rule admits (each element with its own location), or the unknown list.</summary>
    public required ImmutableArray<Value> Cidrs { get; init; }

    /// <summary>True when the rule stands for a whole list of rules only known after apply (<c>ingress = var.rules</c>).</summary>
    public bool StandsForUnknownRules { get; init; }

    /// <summary>
    /// True when the rule may or may not belong to this group: its group id is an <c>Fn::If</c> on a condition known only
    /// at deployment. Such a rule is also attached to (or checked as) the other group it may belong to, where the
    /// checks of its traffic run; here it only makes the group's rules uncertain.
    /// </summary>
    public bool TargetUncertain { get; init; }

    /// <summary>The CIDRs that cover the whole internet (any <c>/0</c>: <c>0.0.0.0/0</c>, <c>::/0</c>).</summary>
    public IEnumerable<Value> PublicCidrs => Cidrs.Where(c => c.AsString() is { } cidr && cidr.Trim().EndsWith("/0", StringComparison.Ordinal));

    /// <summary>The CIDRs only known after apply, which may turn out to be the whole internet.</summary>
    public IEnumerable<Value> UnknownCidrs => Cidrs.Where(c => c.IsUnknown);

    /// <summary>The protocol, normalised: <c>all</c>, <c>tcp</c>, <c>udp</c>, <c>icmp</c>, a protocol number, or null when unknown.</summary>
    public string? ProtocolName => Protocol.AsString()?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "-1" or "all" => "all",
        "6" => "tcp",
        "17" => "udp",
        "1" => "icmp",
        "58" => "icmpv6",
        var name => name,
    };

    /// <summary>The values that leave the exposure open: the protocol when unknown, else the unknown port.</summary>
    public Value? UnknownPart =>
        Protocol.IsUnknown ? Protocol
        : ProtocolName is "tcp" or "udp" && FromPort.IsUnknown ? FromPort
        : ProtocolName is "tcp" or "udp" && ToPort.IsUnknown ? ToPort
        : null;

    /// <summary>What the rule opens, judged from its protocol and ports alone (sources are checked separately).</summary>
    public PortExposure Exposure
    {
        get
        {
            if (UnknownPart is not null || ProtocolName is null)
            {
                return PortExposure.Unknown;
            }

            switch (ProtocolName)
            {
                case "all":
                    return PortExposure.AllPorts;
                case "icmp" or "icmpv6":
                    return PortExposure.WebOrIcmp;
                case "tcp" or "udp":
                    break;
                default:
                    // Any other protocol (GRE, ESP, ...) has no ports: the rule opens all of it.
                    return PortExposure.OtherPorts;
            }

            if (FromPort.AsNumber() is not { } from || ToPort.AsNumber() is not { } to)
            {
                return PortExposure.Unknown;
            }

            if (from <= 0 && to >= HighestPort)
            {
                return PortExposure.AllPorts;
            }

            if (Covers(from, to, SshPort) || Covers(from, to, RdpPort))
            {
                return PortExposure.AdministrationPorts;
            }

            var webOnly = (from, to) is (80, 80) or (443, 443);
            return webOnly ? PortExposure.WebOrIcmp : PortExposure.OtherPorts;
        }
    }

    /// <summary>The ports as written for messages: <c>port 22</c>, <c>ports 0-1024</c>, <c>all ports</c>.</summary>
    public string PortsText => ProtocolName switch
    {
        "all" => "all ports and protocols",
        "tcp" or "udp" when FromPort.AsNumber() is { } from && ToPort.AsNumber() is { } to =>
            from == to ? $"{ProtocolName} port {from}" : $"{ProtocolName} ports {from}-{to}",
        null => "ports only known after apply",
        "icmp" or "icmpv6" => ProtocolName,
        "tcp" or "udp" => $"{ProtocolName} ports only known after apply",
        var name => $"all of protocol {name}",
    };

    private static bool Covers(decimal from, decimal to, int port) => from <= port && port <= to;

    /// <summary>
    /// Stands for the inline rules of one direction when the whole list is only known after apply: every part is that
    /// unknown value, so a check on it reports unknown, never a failure.
    /// </summary>
    public static SecurityGroupRule UnknownInlineRules(Resource group, TrafficDirection direction, Value written) => new()
    {
        Direction = direction,
        Source = group,
        Label = $"{(direction == TrafficDirection.Ingress ? "ingress" : "egress")} rules",
        Location = written.Range,
        Protocol = written,
        FromPort = written,
        ToPort = written,
        Cidrs = [written],
        StandsForUnknownRules = true,
    };
}
