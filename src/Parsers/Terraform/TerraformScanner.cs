using System.Collections.Concurrent;
using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform.Configuration;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform;

/// <summary>
/// Scans files and directory trees of Terraform configuration into the resource graph. Every directory with
/// Terraform files is a root module unless another scanned directory calls it as a module; a called module is
/// evaluated in each calling context with its inputs, and a module directory nobody reaches is evaluated on its
/// own with its unset variables unknown. Roots are evaluated in parallel; the output order is deterministic.
/// </summary>
public static class TerraformScanner
{
    public static ResourceGraph Scan(IEnumerable<string> paths, TerraformOptions? options = null)
    {
        options ??= new TerraformOptions();
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? System.Environment.CurrentDirectory);
        string DisplayPath(string fullPath)
        {
            return Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');
        }

        var walkDiagnostics = new DiagnosticBag();
        var walk = FindConfigurationFiles(paths, options.IncludeIgnored, walkDiagnostics, DisplayPath);
        var loader = new ModuleDirectoryLoader(DisplayPath, walk.IgnoredFiles);
        var directories = ModuleDirectoriesOf(walk);
        var configurations = directories.AsParallel().AsOrdered().Select(loader.Load).ToList();

        // A directory called (by a local source) from another scanned directory is not a root of its own.
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var configuration in configurations)
        {
            foreach (var call in configuration.ModuleCalls.Where(c => c.IsLocal))
            {
                var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(configuration.FullPath, call.Source!)));
                if (!string.Equals(target, configuration.FullPath, StringComparison.Ordinal))
                {
                    called.Add(target);
                }
            }
        }

        var roots = configurations.Where(c => !called.Contains(c.FullPath)).ToList();
        var results = new ConcurrentDictionary<string, EvaluationContext>(StringComparer.Ordinal);
        Parallel.ForEach(roots, root => results[root.FullPath] = EvaluateRoot(root, loader, options, DisplayPath));

        // Directories that only call each other (or are unreachable for another reason) are evaluated on their own.
        var reached = new HashSet<string>(results.Values.SelectMany(r => r.ReachedDirectories), StringComparer.Ordinal);
        var leftOver = configurations.Where(c => !reached.Contains(c.FullPath)).ToList();
        foreach (var root in leftOver)
        {
            results[root.FullPath] = EvaluateRoot(root, loader, options, DisplayPath);
        }

        var ordered = configurations.Where(c => results.ContainsKey(c.FullPath)).Select(c => results[c.FullPath]).ToList();
        var loadedLater = ordered.SelectMany(r => r.ReachedDirectories).Distinct(StringComparer.Ordinal)
            .Where(d => !configurations.Any(c => c.FullPath == d)).Select(loader.Load);
        var allDirectories = configurations.Concat(loadedLater).ToList();
        var diagnostics = walkDiagnostics.Items.Concat(allDirectories.SelectMany(c => c.Diagnostics))
            .Concat(ordered.SelectMany(r => r.Diagnostics.Items))
            .Distinct()
            .ToImmutableArray();

        return new ResourceGraph
        {
            Resources = [.. ordered.SelectMany(r => r.Resources)],
            Modules = [.. ordered.SelectMany(r => r.Modules)],
            Providers = [.. ordered.SelectMany(r => r.Providers)],
            Diagnostics = diagnostics,
            Files = [.. allDirectories.SelectMany(c => c.Files.Select(f => f.Source))],
            Skipped = walk.Skipped,
        };
    }

    private static EvaluationContext EvaluateRoot(ModuleDirectory root, ModuleDirectoryLoader loader, TerraformOptions options, Func<string, string> displayPath)
    {
        var context = new EvaluationContext(loader, options, root, displayPath);
        try
        {
            var inputs = RootVariableValues.Load(root, options, context.Evaluator, displayPath);
            var evaluation = new ModuleEvaluation(context, root, string.Empty, string.Empty, inputs.ToDictionary(i => i.Key, i => (Func<Value>)(() => i.Value)), new Dictionary<string, ProviderConfig>(), 0, []);
            evaluation.Complete();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A defect met while evaluating one root must not cost the findings of the other roots.
            var file = root.Files.IsEmpty ? new SourceFile(root.DisplayPath, string.Empty) : root.Files[0].Source;
            context.Diagnostics.Add(DiagnosticCatalog.InternalError, new SourceRange(file, default), exception.GetType().Name + ": " + exception.Message);
        }

        return context;
    }

    /// <summary>
    /// The directories to evaluate: each given directory and every directory below it that holds Terraform files
    /// (skipping ignored files, tool caches and symlink loops, see <see cref="SourceTreeWalker"/>), and the directory of
    /// each given file.
    /// </summary>
    public static SourceTreeWalk FindConfigurationFiles(IEnumerable<string> paths, bool includeIgnored, DiagnosticBag diagnostics, Func<string, string> displayPath) =>
        SourceTreeWalker.Walk(paths, file => ModuleDirectoryLoader.IsConfigurationFile(Path.GetFileName(file)), includeIgnored, diagnostics, displayPath);

    /// <summary>The directories of the files a walk found, each once, in walk order (a directory before those below it).</summary>
    public static List<string> ModuleDirectoriesOf(SourceTreeWalk walk) =>
        [.. walk.Files.Select(f => Path.GetDirectoryName(f)!).Distinct(StringComparer.Ordinal)];
}
