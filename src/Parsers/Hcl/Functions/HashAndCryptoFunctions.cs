using System.Security.Cryptography;
using System.Text;
using PolicyScan.Parsers.Graph;

// Terraform defines md5, sha1 and uuidv5 with these algorithms; here they identify content, they protect nothing.
#pragma warning disable CA5350, CA5351

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Hashes of strings (their UTF-8 bytes) and of files, and name-based UUIDs. bcrypt (random salt), uuid
/// (random) and rsadecrypt (needs a private key the analyzer must not hold) give unknown.
/// </summary>
internal static class HashAndCryptoFunctions
{
    private static readonly Dictionary<string, Guid> UuidNamespaces = new(StringComparer.Ordinal)
    {
        ["dns"] = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        ["url"] = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        ["oid"] = Guid.Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
        ["x500"] = Guid.Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
    };

    public static IEnumerable<HclFunction> All =>
    [
        new("md5", 1, 1, i => i.String(Hex(MD5.HashData(Utf8(i))))),
        new("sha1", 1, 1, i => i.String(Hex(SHA1.HashData(Utf8(i))))),
        new("sha256", 1, 1, i => i.String(Hex(SHA256.HashData(Utf8(i))))),
        new("sha512", 1, 1, i => i.String(Hex(SHA512.HashData(Utf8(i))))),
        new("base64sha256", 1, 1, i => i.String(Convert.ToBase64String(SHA256.HashData(Utf8(i))))),
        new("base64sha512", 1, 1, i => i.String(Convert.ToBase64String(SHA512.HashData(Utf8(i))))),
        new("filemd5", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Hex(MD5.HashData(b))))),
        new("filesha1", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Hex(SHA1.HashData(b))))),
        new("filesha256", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Hex(SHA256.HashData(b))))),
        new("filesha512", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Hex(SHA512.HashData(b))))),
        new("filebase64sha256", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Convert.ToBase64String(SHA256.HashData(b))))),
        new("filebase64sha512", 1, 1, i => FilesystemFunctions.ReadBytes(i, 0, b => i.String(Convert.ToBase64String(SHA512.HashData(b))))),
        new("uuidv5", 2, 2, UuidV5),
        new("bcrypt", 1, 2, Impure) { IsImpure = true },
        new("uuid", 0, 0, Impure) { IsImpure = true },
        new("rsadecrypt", 2, 2, Impure) { IsImpure = true },
    ];

    /// <summary>Not called by the evaluator for impure functions; answers unknown if called directly.</summary>
    private static Value Impure(FunctionInvocation invocation) =>
        new UnknownValue($"{invocation.Name}() gives a different result on every run", invocation.Range);

    private static byte[] Utf8(FunctionInvocation invocation) => Encoding.UTF8.GetBytes(invocation.String(0, "str"));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>RFC 4122 version 5: SHA-1 of the namespace bytes and the name, with the version and variant bits set.</summary>
    private static Value UuidV5(FunctionInvocation invocation)
    {
        var namespaceText = invocation.String(0, "namespace");
        var name = invocation.String(1, "name");
        if (!UuidNamespaces.TryGetValue(namespaceText, out var space) && !Guid.TryParse(namespaceText, out space))
        {
            throw FunctionInvocation.Fail($"uuidv5() doesn't support namespace {namespaceText}");
        }

        var namespaceBytes = space.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. namespaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return invocation.String(new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D"));
    }
}
