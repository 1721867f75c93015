using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Cli.Commands;

/// <summary>Reads the inputs of a command into one resource graph: Terraform, plans and CloudFormation (ARM joins here).</summary>
internal static class InputReader
{
    public static ResourceGraph Read(IReadOnlyList<string> paths, TerraformOptions terraform, CloudFormationOptions cloudFormation, PlanOptions? plan = null)
    {
        IReadOnlyList<string> inputs = paths.Count > 0 ? paths : ["."];
        var graph = TerraformScanner.Scan(inputs, terraform);

        // A path that does not exist is reported once, by the Terraform scan.
        var existing = inputs.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        var plans = PlanScanner.Scan(existing, (plan ?? new PlanOptions()) with { DisplayRoot = plan?.DisplayRoot ?? terraform.DisplayRoot }, graph);

        // A configuration that has a plan is judged through its plan, which knows what the configuration alone cannot;
        // judging it twice would report every finding twice.
        if (!plans.SourceRoots.IsEmpty)
        {
            graph = graph with
            {
                Resources = [.. graph.Resources.Where(r => !plans.SourceRoots.Contains(r.Root))],
                Modules = [.. graph.Modules.Where(m => !plans.SourceRoots.Contains(m.Root))],
            };
        }

        // A configuration the plan scan had to read itself (given by --plan-source, or a module directory here) may also
        // have been read above: its files and diagnostics are reported once.
        var reported = graph.Diagnostics.ToHashSet();
        var planDiagnostics = plans.Graph.Diagnostics.Where(d => !reported.Contains(d));
        var read = graph.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var planFiles = plans.Graph.Files.Where(f => !read.Contains(f.Path));
        graph = graph.Merge(plans.Graph with { Diagnostics = [.. planDiagnostics], Files = [.. planFiles] });
        var templates = CloudFormationScanner.Scan(existing, cloudFormation with { DisplayRoot = cloudFormation.DisplayRoot ?? terraform.DisplayRoot });

        // A plan is JSON that is not a template; it was read, so it is not "skipped".
        var plansRead = plans.Graph.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return graph.Merge(templates with { Skipped = [.. templates.Skipped.Where(s => !plansRead.Contains(s.Path))] });
    }
}
