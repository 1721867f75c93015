using System.Security.Cryptography;
using System.Text;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// A finding's fingerprint: a hash of the policy id, the file, the resource (root and address) and the text of the
/// location with whitespace collapsed. Line and column are left out on purpose, so that adding a resource above
/// does not make every finding below it "new" in a baseline or in GitHub code scanning; a change to the offending
/// code itself does.
/// </summary>
public static class FindingFingerprint
{
    public static string Of(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(finding.Policy.Id).Append('\n')
            .Append(finding.Location.File?.Path ?? string.Empty).Append('\n')
            .Append(finding.Resource.Root).Append('\n')
            .Append(finding.Resource.Address).Append('\n')
            .Append(Collapse(finding.Location.Text));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
