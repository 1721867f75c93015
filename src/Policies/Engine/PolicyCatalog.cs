using System.Collections.Immutable;
using System.Reflection;

namespace PolicyScan.Policies.Engine;

/// <summary>The built-in policies, discovered by reflection (every concrete <see cref="Policy"/> in this assembly), in id order.</summary>
public static class PolicyCatalog
{
    private static readonly Lazy<ImmutableArray<Policy>> BuiltIn = new(() => Discover(typeof(PolicyCatalog).Assembly));

    public static ImmutableArray<Policy> BuiltInPolicies => BuiltIn.Value;

    public static ImmutableArray<Policy> Discover(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Policy)) && t is { IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Policy)Activator.CreateInstance(t)!)
            .OrderBy(p => p.Metadata.Id, StringComparer.Ordinal)];

    /// <summary>A policy by id or name (case-insensitive), or null.</summary>
    public static Policy? Find(string idOrName) =>
        BuiltInPolicies.FirstOrDefault(p => string.Equals(p.Metadata.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Metadata.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
