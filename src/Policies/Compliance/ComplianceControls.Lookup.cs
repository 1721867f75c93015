using System.Collections.Frozen;

namespace PolicyScan.Policies.Compliance;

/// <summary>Finding a cited control's title and a framework's name in the generated table (ComplianceControls.cs).</summary>
public static partial class ComplianceControls
{
    // Lazy: static initialisers of a partial class run in an unspecified order across its files.
    private static readonly Lazy<FrozenDictionary<string, ComplianceControl>> ByReference =
        new(() => Controls.ToFrozenDictionary(c => c.Reference, StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<string, ComplianceFramework>> ByKey =
        new(() => Frameworks.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal));

    /// <summary>The control a reference (<c>hipaa:164.312(b)</c>) names, or null when the table does not hold it (a custom policy's citation).</summary>
    public static ComplianceControl? Find(string reference) => ByReference.Value.GetValueOrDefault(reference);

    public static ComplianceFramework? FindFramework(string key) => ByKey.Value.GetValueOrDefault(key);

    /// <summary>Splits <c>framework:id</c> at its first colon; false when there is none.</summary>
    public static bool TrySplit(string reference, out string framework, out string id)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        framework = colon > 0 ? reference[..colon] : string.Empty;
        id = colon > 0 ? reference[(colon + 1)..] : string.Empty;
        return colon > 0 && id.Length > 0;
    }
}
