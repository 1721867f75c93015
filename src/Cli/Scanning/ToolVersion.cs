using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Scanning;

/// <summary>The versions a report states: the tool's, and the policy set's (which policies, with which metadata).</summary>
internal static class ToolVersion
{
    public static string Tool { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// A digest of the ids, severities and compliance references of the policies that ran, so two reports name the
    /// same policy set exactly when the same checks were made with the same mapping.
    /// </summary>
    public static string PolicySet(IEnumerable<Policy> policies)
    {
        var text = new StringBuilder();
        foreach (var metadata in policies.Select(p => p.Metadata).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            text.Append(metadata.Id).Append(' ').Append(metadata.Severity).Append(' ').AppendJoin(',', metadata.Compliance).Append('\n');
        }

        return $"{Tool}+{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 6))}";
    }
}
