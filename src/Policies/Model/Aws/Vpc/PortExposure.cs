namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>
/// What a rule opens, by the protocol and port range it names, most severe first. A rule is classified once, so a
/// rule for every port is not also reported as a rule for port 22.
/// </summary>
public enum PortExposure
{
    /// <summary>The protocol or a port is only known after apply.</summary>
    Unknown,

    /// <summary>Every protocol (<c>-1</c>, <c>all</c>), or TCP or UDP on ports 0-65535.</summary>
    AllPorts,

    /// <summary>A TCP or UDP range that includes SSH (22) or RDP (3389).</summary>
    AdministrationPorts,

    /// <summary>Another TCP or UDP range, or a whole protocol without ports (GRE, ESP, ...), beyond the web ports 80 and 443.</summary>
    OtherPorts,

    /// <summary>Only the web ports 80 and 443, or ICMP: what Security Hub's EC2.18 authorises by default.</summary>
    WebOrIcmp,
}
