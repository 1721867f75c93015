using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model;

namespace PolicyScan.Policies.Engine;

/// <summary>What a policy sees: the graph, the typed models built from it, the settings; and where results go.</summary>
public sealed class PolicyContext(ResourceGraph graph, CloudModel model, PolicySettings settings)
{
    private readonly List<Finding> findings = [];

    public ResourceGraph Graph { get; } = graph;

    public CloudModel Model { get; } = model;

    public PolicySettings Settings { get; } = settings;

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>A check for <paramref name="resource"/>, for policies that read the graph rather than a model.</summary>
    public PolicyCheck CheckFor(PolicyMetadata policy, Resource resource) => new(this, policy, resource);

    internal void Add(Finding finding) => findings.Add(finding);
}
