using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Model;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// Runs policies over a graph, in parallel, with deterministic output: results are ordered by file, position, policy
/// and resource whatever the scheduling. A policy that throws is reported as an internal error on the scan and the
/// other policies' results stay.
/// </summary>
public static class PolicyRunner
{
    public static ScanResult Run(ResourceGraph graph, IEnumerable<Policy> policies, PolicySettings? settings = null)
    {
        var model = new CloudModel(graph);
        var settingsToUse = settings ?? PolicySettings.Default;
        var list = policies.ToList();
        var perPolicy = new List<Finding>[list.Count];
        var errors = new Diagnostic?[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var context = new PolicyContext(graph, model, settingsToUse);
            try
            {
                list[i].Evaluate(context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var file = graph.Files.IsEmpty ? new SourceFile("<scan>", string.Empty) : graph.Files[0];
                errors[i] = Diagnostic.Create(DiagnosticCatalog.PolicyFailed, new SourceRange(file, default), list[i].Metadata.Id, exception.GetType().Name + ": " + exception.Message);
            }

            perPolicy[i] = [.. context.Findings];
        });

        var findings = perPolicy.SelectMany(f => f)
            .OrderBy(f => f.Location.File?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Start)
            .ThenBy(f => f.Policy.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Resource.Root, StringComparer.Ordinal)
            .ThenBy(f => f.Resource.Address, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        var diagnostics = graph.Diagnostics.AddRange(errors.Where(e => e is not null).Select(e => e!));
        return new ScanResult { Graph = graph with { Diagnostics = diagnostics }, Findings = findings };
    }
}
