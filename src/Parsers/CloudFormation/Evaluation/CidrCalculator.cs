using System.Collections.Immutable;
using System.Globalization;
using System.Net;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>
/// <c>Fn::Cidr</c> for IPv4: <paramref name="count"/> consecutive blocks of <paramref name="hostBits"/> host bits each
/// from the start of the given block. IPv6 and anything malformed give null (the caller makes it unknown).
/// </summary>
public static class CidrCalculator
{
    public static ImmutableArray<string>? Split(string block, int count, int hostBits)
    {
        var slash = block.IndexOf('/');
        if (slash < 0 || !IPAddress.TryParse(block[..slash], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(block[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            return null;
        }

        var newPrefix = 32 - hostBits;
        if (count < 1 || count > 256 || hostBits < 0 || newPrefix < prefix)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        var start = (uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3];
        var size = 1UL << hostBits;
        if ((ulong)count * size > 1UL << (32 - prefix))
        {
            return null;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        var baseAddress = (ulong)(start & mask);
        var result = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            var value = (uint)(baseAddress + ((ulong)i * size));
            result.Add(string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}/{newPrefix}"));
        }

        return result.MoveToImmutable();
    }
}
