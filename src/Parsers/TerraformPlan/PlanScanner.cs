using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// Scans files and directories for Terraform plans (<c>terraform show -json</c> output, recognised by content in any
/// <c>.json</c> file, UTF-8 or UTF-16) into the resource graph, each located in its configuration's <c>.tf</c> files when
/// they are found (<see cref="PlanOptions.SourceDirectory"/>, else the plan's own directory), else in the plan JSON.
/// </summary>
public static class PlanScanner
{
    /// <param name="evaluated">
    /// Terraform configurations the caller has already evaluated (a directory scan that holds both a plan and its
    /// configuration): a plan's configuration found there is used as it is, not evaluated a second time.
    /// </param>
    public static PlanScanResult Scan(IEnumerable<string> paths, PlanOptions? options = null, ResourceGraph? evaluated = null)
    {
        options ??= new PlanOptions();
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? System.Environment.CurrentDirectory);
        string DisplayPath(string fullPath) => Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');

        var walkDiagnostics = new DiagnosticBag();

        // The shared walk (ignored files, tool directories, symlink loops); a missing path is reported by the Terraform scan.
        var files = SourceTreeWalker.Walk(
                paths.Where(p => File.Exists(p) || Directory.Exists(p)),
                file => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase),
                options.IncludeIgnored,
                walkDiagnostics,
                DisplayPath)
            .Files;
        var results = files.AsParallel().AsOrdered().Select(file => LoadFile(file, DisplayPath(file), options, DisplayPath, evaluated)).Where(r => r is not null).Select(r => r!).ToList();

        var graph = new ResourceGraph
        {
            Resources = [.. results.SelectMany(r => r.Graph.Resources)],
            Providers = [.. results.SelectMany(r => r.Graph.Providers)],
            Diagnostics = [.. walkDiagnostics.Items, .. results.SelectMany(r => r.Graph.Diagnostics)],
            Files = [.. results.SelectMany(r => r.Graph.Files)],
        };
        return new PlanScanResult(graph, [.. results.SelectMany(r => r.SourceRoots)]);
    }

    /// <summary>One file: null when it is not a plan (other JSON is not ours to judge), else its resources.</summary>
    private static PlanScanResult? LoadFile(string fullPath, string displayPath, PlanOptions options, Func<string, string> displayPathOf, ResourceGraph? evaluated)
    {
        var diagnostics = new DiagnosticBag();
        var source = SourceFileReader.Read(fullPath, displayPath, diagnostics);
        if (source is null || !PlanRecognizer.MayBePlan(source.Text))
        {
            return null;
        }

        // Streamed without the parts nothing reads; a document the streaming reader rejects gets the full parser's diagnostics.
        var document = PlanJsonReader.Read(source) ?? JsonParser.Parse(source);
        if (!PlanRecognizer.IsPlan(document.Root))
        {
            // A plan broken beyond recognition still names itself: report it rather than skip it silently.
            return document.HasErrors && source.Text.TrimStart().StartsWith('{')
                ? new PlanScanResult(new ResourceGraph { Diagnostics = document.Diagnostics, Files = [source] }, [])
                : null;
        }

        diagnostics.AddRange(document.Diagnostics);
        var (resources, providers) = PlanReader.Read((JsonObject)document.Root!, displayPath, options, diagnostics);
        var sourceDirectory = Path.GetFullPath(options.SourceDirectory ?? Path.GetDirectoryName(fullPath)!);
        var files = ImmutableArray.Create(source);
        var sourceRoots = ImmutableHashSet<string>.Empty;
        if (Directory.Exists(sourceDirectory) && Directory.EnumerateFiles(sourceDirectory, "*.tf").Any())
        {
            var root = displayPathOf(sourceDirectory);
            var alreadyRead = evaluated is not null && evaluated.Resources.Any(r => r.Root == root);
            var configuration = alreadyRead ? evaluated! : TerraformScanner.Scan([sourceDirectory], new TerraformOptions { DisplayRoot = options.DisplayRoot });
            (resources, providers) = PlanSourceMapper.Map(resources, providers, configuration with { Resources = [.. configuration.Resources.Where(r => r.Root == root)] }, root);

            // Files and diagnostics of a configuration the caller read are the caller's to report, once.
            if (!alreadyRead)
            {
                files = files.AddRange(configuration.Files);
                diagnostics.AddRange(configuration.Diagnostics);
            }

            sourceRoots = sourceRoots.Add(root);
        }
        else
        {
            diagnostics.Add(DiagnosticCatalog.PlanSourceMissing, new SourceRange(source, default), options.SourceDirectory is null ? $"no .tf files beside {displayPath}" : $"no .tf files in {displayPathOf(sourceDirectory)}");
        }

        return new PlanScanResult(new ResourceGraph { Resources = resources, Providers = providers, Diagnostics = [.. diagnostics.Items], Files = files }, sourceRoots);
    }
}
