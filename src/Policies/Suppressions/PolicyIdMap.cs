using System.Collections.Immutable;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// Maps the ids a suppression names to our policies: ours by id or name, other tools' through each policy's related ids
/// (<c>checkov:CKV_AWS_20</c>, <c>tfsec:...</c>, <c>trivy:AVD-AWS-0088</c>, <c>kics:&lt;uuid&gt;</c>), case-insensitively.
/// Trivy accepts its AVD id or its long id, which is tfsec's, so a Trivy id maps through both.
/// </summary>
internal sealed class PolicyIdMap
{
    private readonly Dictionary<string, PolicyMetadata> ours = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<PolicyMetadata>> foreign = new(StringComparer.OrdinalIgnoreCase);
    private readonly ImmutableArray<PolicyMetadata> kicsMapped;

    public PolicyIdMap(ImmutableArray<PolicyMetadata> policies)
    {
        foreach (var policy in policies)
        {
            ours.TryAdd(policy.Id, policy);
            ours.TryAdd(policy.Name, policy);
            foreach (var related in policy.Related)
            {
                var colon = related.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    continue;
                }

                var tool = related[..colon].ToLowerInvariant();
                var id = related[(colon + 1)..];
                Add(tool, id, policy);
                if (tool == "tfsec")
                {
                    Add("trivy", id, policy);
                }
            }
        }

        kicsMapped = [.. policies.Where(p => p.Related.Any(r => r.StartsWith("kics:", StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The policy an id or name of ours names, or null.</summary>
    public PolicyMetadata? Ours(string idOrName) => ours.GetValueOrDefault(idOrName);

    /// <summary>The policies an id in <paramref name="space"/> maps to; empty when none of ours is equivalent.</summary>
    public ImmutableArray<PolicyMetadata> Resolve(IdNamespace space, string id) => space switch
    {
        IdNamespace.PolicyScan => Ours(id) is { } policy ? [policy] : [],
        IdNamespace.AllKics => kicsMapped,
        _ => foreign.TryGetValue(Key(space, id), out var list) ? [.. list] : [],
    };

    private void Add(string tool, string id, PolicyMetadata policy)
    {
        var key = tool + ":" + id;
        if (!foreign.TryGetValue(key, out var list))
        {
            foreign[key] = list = [];
        }

        if (!list.Contains(policy))
        {
            list.Add(policy);
        }
    }

    private static string Key(IdNamespace space, string id) => space switch
    {
        IdNamespace.Checkov => "checkov:",
        IdNamespace.Tfsec => "tfsec:",
        IdNamespace.Trivy => "trivy:",
        _ => "kics:",
    } + id;
}
