using System.Text.Json;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Parsers.Tests.TerraformPlan;

/// <summary>
/// Every plan of the shared corpus (OpenTofu's <c>show -json</c> outputs and equivalence-test plans) loads with no error,
/// with as many resources as an independent reading of its <c>planned_values</c> tree (plus the data sources of
/// <c>prior_state</c> it does not plan) says, and each finding location is a real line.
/// </summary>
public sealed class PlanCorpusTests
{
    [Test]
    public void Every_plan_in_the_corpus_loads_without_errors_and_with_the_resources_of_its_planned_values()
    {
        var root = SharedCorpus.Corpus("tf-plans");
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "output.json" or "plan.json")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(40));

        var failures = new List<string>();
        int plans = 0, resources = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var expected = IndependentCount(file);
            var result = PlanScanner.Scan([file], new PlanOptions { DisplayRoot = root });
            var errors = result.Graph.Diagnostics.Where(d => d.IsError).ToList();
            if (expected is null)
            {
                if (!result.Graph.Resources.IsEmpty || errors.Count > 0)
                {
                    failures.Add($"{relative}: not a plan, but read as one");
                }

                continue;
            }

            plans++;
            resources += result.Graph.Resources.Length;
            if (errors.Count > 0)
            {
                failures.Add($"{relative}: {string.Join("; ", errors.Take(3))}");
            }

            if (result.Graph.Resources.Length != expected)
            {
                failures.Add($"{relative}: {result.Graph.Resources.Length} resources, the independent count says {expected}");
            }

            foreach (var resource in result.Graph.Resources.Where(r => r.DeclarationRange.StartPosition.Line < 1))
            {
                failures.Add($"{relative}: {resource.Address} is located at line {resource.DeclarationRange.StartPosition.Line}");
            }
        }

        TestContext.Out.WriteLine($"tf-plans corpus: {files.Count} files, {plans} plans, {resources} resources");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    /// <summary>
    /// Counts with System.Text.Json, not our reader: resources in planned_values (every module), plus data sources of
    /// prior_state that are not planned; null when the file is not a plan (a state file, a test's expected output).
    /// </summary>
    private static int? IndependentCount(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var plan = document.RootElement;
        if (plan.ValueKind != JsonValueKind.Object || !plan.TryGetProperty("format_version", out _)
            || !(plan.TryGetProperty("planned_values", out _) || plan.TryGetProperty("resource_changes", out _)))
        {
            return null;
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        if (plan.TryGetProperty("planned_values", out var values) && values.TryGetProperty("root_module", out var rootModule))
        {
            Collect(rootModule, planned, _ => true);
        }

        var data = new HashSet<string>(StringComparer.Ordinal);
        if (plan.TryGetProperty("prior_state", out var prior) && prior.TryGetProperty("values", out var priorValues) && priorValues.TryGetProperty("root_module", out var priorRoot))
        {
            Collect(priorRoot, data, r => r.TryGetProperty("mode", out var mode) && mode.GetString() == "data");
        }

        return planned.Count + data.Count(d => !planned.Contains(d));
    }

    private static void Collect(JsonElement module, HashSet<string> into, Func<JsonElement, bool> include)
    {
        if (module.TryGetProperty("resources", out var resources))
        {
            foreach (var resource in resources.EnumerateArray().Where(include))
            {
                into.Add(resource.GetProperty("address").GetString()!);
            }
        }

        if (module.TryGetProperty("child_modules", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, into, include);
            }
        }
    }
}
