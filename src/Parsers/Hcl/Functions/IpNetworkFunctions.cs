using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>cidrhost, cidrnetmask, cidrsubnet and cidrsubnets for IPv4 and IPv6, with addresses as big integers.</summary>
internal static class IpNetworkFunctions
{
    public static IEnumerable<HclFunction> All =>
    [
        new("cidrhost", 2, 2, CidrHost),
        new("cidrnetmask", 1, 1, CidrNetmask),
        new("cidrsubnet", 3, 3, CidrSubnet),
        new("cidrsubnets", 1, -1, CidrSubnets),
    ];

    /// <summary>A network: its first address (host bits cleared), prefix length and address size in bits.</summary>
    private readonly record struct Network(BigInteger Address, int PrefixLength, int Bits)
    {
        public BigInteger Size => BigInteger.One << (Bits - PrefixLength);

        public BigInteger Last => Address + Size - 1;

        public override string ToString() => $"{FormatAddress(Address, Bits)}/{PrefixLength.ToString(CultureInfo.InvariantCulture)}";
    }

    private static Network ParseCidr(string text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0 || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefixLength))
        {
            throw FunctionInvocation.Fail($"invalid CIDR address: {text}");
        }

        var address = ParseAddress(text[..slash]) ?? throw FunctionInvocation.Fail($"invalid CIDR address: {text}");
        var bits = address.Bits;
        if (prefixLength > bits)
        {
            throw FunctionInvocation.Fail($"invalid CIDR address: {text}");
        }

        var hostMask = (BigInteger.One << (bits - prefixLength)) - 1;
        return new Network(address.Value & ~hostMask & ((BigInteger.One << bits) - 1), prefixLength, bits);
    }

    private static (BigInteger Value, int Bits)? ParseAddress(string text)
    {
        var parts = text.Split('.');
        if (parts.Length == 4)
        {
            // Leading zeros are read as decimal, as Terraform has always done ("010" is 10).
            BigInteger value = 0;
            foreach (var part in parts)
            {
                if (part.Length is 0 or > 3 || !part.All(char.IsAsciiDigit) || int.Parse(part, CultureInfo.InvariantCulture) > 255)
                {
                    return null;
                }

                value = (value << 8) + int.Parse(part, CultureInfo.InvariantCulture);
            }

            return (value, 32);
        }

        if (text.Contains(':') && !text.Contains('%') && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return (new BigInteger(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true), 128);
        }

        return null;
    }

    /// <summary>Dotted decimal for IPv4; for IPv6 the RFC 5952 text Go prints (lowercase, longest run of two or more zero groups as ::).</summary>
    private static string FormatAddress(BigInteger value, int bits)
    {
        if (bits == 32)
        {
            return string.Join('.', Enumerable.Range(0, 4).Select(k => ((int)((value >> (24 - (8 * k))) & 0xFF)).ToString(CultureInfo.InvariantCulture)));
        }

        var groups = Enumerable.Range(0, 8).Select(k => (int)((value >> (112 - (16 * k))) & 0xFFFF)).ToArray();
        int bestStart = -1, bestLength = 0;
        for (var start = 0; start < 8; start++)
        {
            var length = 0;
            while (start + length < 8 && groups[start + length] == 0)
            {
                length++;
            }

            if (length >= 2 && length > bestLength)
            {
                bestStart = start;
                bestLength = length;
            }
        }

        var builder = new StringBuilder();
        for (var k = 0; k < 8; k++)
        {
            if (k == bestStart)
            {
                builder.Append("::");
                k += bestLength - 1;
                continue;
            }

            if (builder.Length > 0 && builder[^1] != ':')
            {
                builder.Append(':');
            }

            builder.Append(groups[k].ToString("x", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static BigInteger WholeNumber(FunctionInvocation invocation, int index, string name)
    {
        var number = invocation.Number(index, name);
        if (decimal.Truncate(number) != number)
        {
            throw FunctionInvocation.Fail($"argument \"{name}\" must be a whole number, not {NumberFormat.Format(number)}");
        }

        return new BigInteger(number);
    }

    private static Value CidrHost(FunctionInvocation invocation)
    {
        var network = ParseCidr(invocation.String(0, "prefix"));
        var hostNumber = WholeNumber(invocation, 1, "hostnum");

        // A negative host number counts back from the end of the range: -1 is the last address.
        var host = hostNumber < 0 ? network.Size + hostNumber : hostNumber;
        if (host < 0 || host >= network.Size)
        {
            throw FunctionInvocation.Fail($"prefix of {network.PrefixLength} does not accommodate a host numbered {hostNumber}");
        }

        return invocation.String(FormatAddress(network.Address + host, network.Bits));
    }

    private static Value CidrNetmask(FunctionInvocation invocation)
    {
        var network = ParseCidr(invocation.String(0, "prefix"));
        if (network.Bits != 32)
        {
            throw FunctionInvocation.Fail("IPv6 addresses cannot have a netmask");
        }

        var mask = ((BigInteger.One << 32) - 1) ^ ((BigInteger.One << (32 - network.PrefixLength)) - 1);
        return invocation.String(FormatAddress(mask, 32));
    }

    private static Value CidrSubnet(FunctionInvocation invocation)
    {
        var network = ParseCidr(invocation.String(0, "prefix"));
        var newBits = invocation.Integer(1, "newbits");
        var netNumber = WholeNumber(invocation, 2, "netnum");
        var newPrefix = network.PrefixLength + newBits;
        if (newBits < 0 || newPrefix > network.Bits)
        {
            throw FunctionInvocation.Fail($"insufficient address space to extend prefix of {network.PrefixLength} by {newBits}");
        }

        if (netNumber < 0 || netNumber >= BigInteger.One << newBits)
        {
            throw FunctionInvocation.Fail($"prefix extension of {newBits} does not accommodate a subnet numbered {netNumber}");
        }

        var subnet = new Network(network.Address + (netNumber << (network.Bits - newPrefix)), newPrefix, network.Bits);
        return invocation.String(subnet.ToString());
    }

    /// <summary>Allocates consecutive subnets, each aligned to its own size, after the previous one, as Terraform does.</summary>
    private static Value CidrSubnets(FunctionInvocation invocation)
    {
        var network = ParseCidr(invocation.String(0, "prefix"));
        var results = new List<Value>();
        Network? current = null;
        for (var argument = 1; argument < invocation.Count; argument++)
        {
            var newBits = invocation.Integer(argument, "newbits");
            if (newBits < 1)
            {
                throw FunctionInvocation.Fail("must extend prefix by at least one bit");
            }

            var length = network.PrefixLength + newBits;
            if (length > network.Bits)
            {
                throw FunctionInvocation.Fail($"would extend prefix to {length} bits, which is too long for an IPv{(network.Bits == 32 ? 4 : 6)} address");
            }

            var hostMask = (BigInteger.One << (network.Bits - length)) - 1;
            BigInteger start;
            if (current is not { } previous)
            {
                start = network.Address;
            }
            else
            {
                // The block of the new size that holds the previous subnet's last address, then the next one.
                var containing = previous.Last & ~hostMask;
                start = containing + hostMask + 1;
                if (start + hostMask > network.Last)
                {
                    throw FunctionInvocation.Fail($"not enough remaining address space for a subnet with a prefix of {length} bits after {previous}");
                }
            }

            current = new Network(start, length, network.Bits);
            results.Add(invocation.String(current.Value.ToString()));
        }

        return invocation.List(results);
    }
}
