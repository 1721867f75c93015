using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class IpNetworkFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("cidrhost", Str("10.12.112.16"), Str("10.12.112.0/20"), Num(16)),
        Case("cidrhost", Str("10.12.113.12"), Str("10.12.112.0/20"), Num(268)),
        Case("cidrhost", Str("fd00:fd12:3456:7890::22"), Str("fd00:fd12:3456:7890:00a2::/72"), Num(34)),
        Case("cidrhost", Str("10.255.255.255"), Str("10.0.0.0/8"), Num(-1)),
        Case("cidrhost", Str("10.0.0.254"), Str("10.0.0.0/24"), Num(-2)),
        Case("cidrhost", Str("10.0.0.5"), Str("10.0.0.9/24"), Str("5")),
        Case("cidrnetmask", Str("255.240.0.0"), Str("172.16.0.0/12")),
        Case("cidrnetmask", Str("255.255.255.255"), Str("10.0.0.1/32")),
        Case("cidrnetmask", Str("0.0.0.0"), Str("0.0.0.0/0")),
        Case("cidrsubnet", Str("172.18.0.0/16"), Str("172.16.0.0/12"), Num(4), Num(2)),
        Case("cidrsubnet", Str("10.1.2.240/28"), Str("10.1.2.0/24"), Num(4), Num(15)),
        Case("cidrsubnet", Str("fd00:fd12:3456:7800:a200::/72"), Str("fd00:fd12:3456:7890::/56"), Num(16), Num(162)),
        Case("cidrsubnet", Str("10.0.0.0/8"), Str("10.0.0.0/8"), Num(0), Num(0)),
        Case("cidrsubnets", Strs("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"), Str("10.1.0.0/16"), Num(4), Num(4), Num(8), Num(4)),
        Case("cidrsubnets", Strs("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88"), Str("fd00:fd12:3456:7890::/56"), Num(16), Num(16), Num(16), Num(32)),
        Case("cidrsubnets", List(), Str("10.0.0.0/8")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("cidrhost", "prefix of 30 does not accommodate a host numbered 4", Str("10.0.0.0/30"), Num(4)),
        Error("cidrhost", "prefix of 30 does not accommodate a host numbered -5", Str("10.0.0.0/30"), Num(-5)),
        Error("cidrhost", "invalid CIDR address: 10.0.0.0", Str("10.0.0.0"), Num(1)),
        Error("cidrhost", "invalid CIDR address: 10.0.0.0/33", Str("10.0.0.0/33"), Num(1)),
        Error("cidrhost", "invalid CIDR address: 300.0.0.0/8", Str("300.0.0.0/8"), Num(1)),
        Error("cidrnetmask", "IPv6 addresses cannot have a netmask", Str("fd00::/64")),
        Error("cidrsubnet", "insufficient address space to extend prefix of 30 by 4", Str("10.0.0.0/30"), Num(4), Num(0)),
        Error("cidrsubnet", "prefix extension of 2 does not accommodate a subnet numbered 4", Str("10.0.0.0/24"), Num(2), Num(4)),
        Error("cidrsubnet", "prefix extension of 2 does not accommodate a subnet numbered -1", Str("10.0.0.0/24"), Num(2), Num(-1)),
        Error("cidrsubnets", "would extend prefix to 33 bits, which is too long for an IPv4 address", Str("10.0.0.0/24"), Num(9)),
        Error("cidrsubnets", "must extend prefix by at least one bit", Str("10.0.0.0/24"), Num(0)),
        Error("cidrsubnets", "not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25", Str("10.0.0.0/24"), Num(1), Num(1), Num(1)),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));
}
