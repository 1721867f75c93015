using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// The deterministic hashes of <c>uniqueString</c> and <c>guid</c>, computed as Azure Resource Manager does.
/// <list type="bullet">
/// <item><c>uniqueString(a, b, ...)</c>: the arguments joined with '-', UTF-8 encoded, hashed with the 64-bit MurmurHash
/// variant of Microsoft's ResourceStack library (two 32-bit lanes, seed 0), and the top 65 bits written as 13 characters
/// of the RFC 4648 base-32 alphabet in lower case. Checked against the known outputs that a public reimplementation
/// (uniquestring.sh, "verified against Bicep uniqueString() output") lists: 'test' gives rbgf3xv4ufgzg, 'hello','world'
/// gives a7wkljktk6wne, and so on (see the tests). Those outputs are a third party's record of Azure's, not Microsoft's.</item>
/// <item><c>guid(a, b, ...)</c>: a name-based UUID version 5 (RFC 4122 section 4.3, SHA-1) of the arguments joined with
/// '-', UTF-8 encoded, in the namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830, as documented for Bicep and reproduced by
/// several public modules that must match Azure's role-assignment names. The tests check it against an independent
/// RFC 4122 implementation (Python's uuid.uuid5), not against an output read from Azure.</item>
/// </list>
/// </summary>
public static class ArmHashes
{
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private static readonly Guid GuidNamespace = new("11fb06fb-712d-4ddd-98c7-e71bbd588830");

    public static string UniqueString(IEnumerable<string> parts)
    {
        var hash = MurmurHash64(Encoding.UTF8.GetBytes(string.Join('-', parts)));
        var builder = new StringBuilder(13);
        for (var i = 0; i < 13; i++)
        {
            builder.Append(Base32Alphabet[(int)(hash >> 59)]);
            hash <<= 5;
        }

        return builder.ToString();
    }

    public static string Guid(IEnumerable<string> parts)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        GuidNamespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(string.Join('-', parts));
        var input = new byte[16 + name.Length];
        namespaceBytes.CopyTo(input);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 prescribes; this is an identifier, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    /// <summary>The 64-bit MurmurHash of Microsoft's ResourceStack (two interleaved 32-bit MurmurHash3 lanes).</summary>
    internal static ulong MurmurHash64(ReadOnlySpan<byte> data)
    {
        const uint c1 = 0x239B961B, c2 = 0xAB0E9789;
        uint h1 = 0, h2 = 0;
        var length = data.Length;
        var index = 0;
        while (index + 7 < length)
        {
            var k1 = BinaryPrimitives.ReadUInt32LittleEndian(data[index..]);
            var k2 = BinaryPrimitives.ReadUInt32LittleEndian(data[(index + 4)..]);
            k1 = uint.RotateLeft(k1 * c1, 15) * c2;
            h1 = uint.RotateLeft(h1 ^ k1, 19) + h2;
            h1 = (h1 * 5) + 0x561CCD1B;
            k2 = uint.RotateLeft(k2 * c2, 17) * c1;
            h2 = uint.RotateLeft(h2 ^ k2, 13) + h1;
            h2 = (h2 * 5) + 0x0BCAA747;
            index += 8;
        }

        var remaining = length - index;
        if (remaining > 0)
        {
            var k1 = remaining >= 4
                ? BinaryPrimitives.ReadUInt32LittleEndian(data[index..])
                : Tail(data[index..], remaining);
            h1 ^= uint.RotateLeft(k1 * c1, 15) * c2;
            if (remaining > 4)
            {
                var k2 = Tail(data[(index + 4)..], remaining - 4);
                h2 ^= uint.RotateLeft(k2 * c2, 17) * c1;
            }
        }

        h2 ^= (uint)length;
        h1 = (h1 ^ (uint)length) + h2;
        h2 += h1;
        h1 = Mix(h1);
        h2 = Mix(h2);
        h1 += h2;
        h2 += h1;
        return ((ulong)h2 << 32) | h1;
    }

    private static uint Tail(ReadOnlySpan<byte> data, int count)
    {
        uint k = 0;
        for (var i = count - 1; i >= 0; i--)
        {
            k = (k << 8) | data[i];
        }

        return k;
    }

    private static uint Mix(uint h)
    {
        h = (h ^ (h >> 16)) * 0x85EBCA6B;
        h = (h ^ (h >> 13)) * 0xC2B2AE35;
        return h ^ (h >> 16);
    }
}
