using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// The resources of the plans found, and the configuration directories (as displayed, like a Terraform resource's
/// <see cref="Resource.Root"/>) whose <c>.tf</c> files located them: those roots are judged through their plan.
/// </summary>
public sealed record PlanScanResult(ResourceGraph Graph, ImmutableHashSet<string> SourceRoots);
