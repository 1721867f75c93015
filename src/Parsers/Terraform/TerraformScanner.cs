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
    /// <summary>Directories never descended into: tool caches and dependencies, not the user's configuration.</summary>
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { ".terraform", ".git", "node_modules", ".terragrunt-cache" };

    public static ResourceGraph Scan(IEnumerable<string> paths, TerraformOptions? options = null)
    {
        options ??= new TerraformOptions();
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? System.Environment.CurrentDirectory);
        string DisplayPath(string fullPath)
        {
            return Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');
        }

        var loader = new ModuleDirectoryLoader(DisplayPath);
        var walkDiagnostics = new DiagnosticBag();
        var directories = FindModuleDirectories(paths, walkDiagnostics, DisplayPath);
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
    /// (skipping tool caches and symlink loops), and the directory of each given file.
    /// </summary>
    public static List<string> FindModuleDirectories(IEnumerable<string> paths, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (File.Exists(full))
            {
                var directory = Path.GetDirectoryName(full)!;
                if (ModuleDirectoryLoader.IsConfigurationFile(Path.GetFileName(full)) && seen.Add(directory))
                {
                    result.Add(directory);
                }

                continue;
            }

            if (Directory.Exists(full))
            {
                Walk(full, result, seen, new HashSet<string>(StringComparer.Ordinal), diagnostics, displayPath);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(full), string.Empty), default), "no such file or directory");
            }
        }

        return result;
    }

    private static void Walk(string directory, List<string> result, HashSet<string> seen, HashSet<string> visitedReal, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        string real;
        try
        {
            var info = new DirectoryInfo(directory);
            real = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory : directory;
        }
        catch (IOException exception)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(directory), string.Empty), default), exception.Message);
            return;
        }

        if (!visitedReal.Add(real))
        {
            return;
        }

        string[] files, subdirectories;
        try
        {
            files = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(directory), string.Empty), default), exception.Message);
            return;
        }

        if (files.Any(f => ModuleDirectoryLoader.IsConfigurationFile(Path.GetFileName(f))) && seen.Add(directory))
        {
            result.Add(directory);
        }

        foreach (var subdirectory in subdirectories.Order(StringComparer.Ordinal))
        {
            if (!SkippedDirectories.Contains(Path.GetFileName(subdirectory)))
            {
                Walk(subdirectory, result, seen, visitedReal, diagnostics, displayPath);
            }
        }
    }
}
