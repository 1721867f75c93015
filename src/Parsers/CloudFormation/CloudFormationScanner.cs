using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation;

/// <summary>
/// Scans files and directory trees for CloudFormation templates into the resource graph. Each YAML, JSON or
/// <c>.template</c> file is judged by its content, so the other YAML and JSON of a repository is skipped quietly.
/// Files are read in parallel; the output follows the ordinal order of the paths, so it is deterministic.
/// </summary>
public static class CloudFormationScanner
{
    /// <summary>Directories never descended into: tool caches and dependencies, not the user's templates.</summary>
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { ".git", "node_modules", ".terraform", ".terragrunt-cache", ".aws-sam", "cdk.out" };

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml", ".json", ".template" };

    public static ResourceGraph Scan(IEnumerable<string> paths, CloudFormationOptions? options = null)
    {
        options ??= new CloudFormationOptions();
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? System.Environment.CurrentDirectory);
        string DisplayPath(string fullPath) => Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');

        var walkDiagnostics = new DiagnosticBag();
        var parameterValues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.ParameterFile is { } parameterFile)
        {
            var full = Path.GetFullPath(parameterFile);
            foreach (var (key, value) in ParameterFileReader.Read(full, DisplayPath(full), walkDiagnostics))
            {
                parameterValues[key] = value;
            }
        }

        foreach (var (key, value) in options.Parameters)
        {
            parameterValues[key] = value;
        }

        var files = FindCandidateFiles(paths, walkDiagnostics, DisplayPath);
        var results = files.AsParallel().AsOrdered()
            .Select(file => TemplateLoader.LoadFile(file, DisplayPath(file), options, parameterValues))
            .ToList();

        var resources = results.SelectMany(r => r.Resources).ToImmutableArray();
        return new ResourceGraph
        {
            Resources = resources,
            // The stack every template is deployed as, once, as a Terraform scan lists its provider configurations.
            Providers = resources.IsEmpty ? [] : [StackProvider.For(options)],
            Diagnostics = [.. walkDiagnostics.Items, .. results.SelectMany(r => r.Diagnostics)],
            Files = [.. results.Where(r => r.IsTemplate && r.Source is not null).Select(r => r.Source!)],
        };
    }

    public static bool IsCandidateFile(string fileName) => Extensions.Contains(Path.GetExtension(fileName));

    /// <summary>
    /// Every candidate file under the given paths, in ordinal order, each once. A named file needs a candidate extension
    /// too: a Terraform file may embed a template in a heredoc, and that template is Terraform's to read.
    /// </summary>
    public static List<string> FindCandidateFiles(IEnumerable<string> paths, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (File.Exists(full))
            {
                if (IsCandidateFile(full) && seen.Add(full))
                {
                    result.Add(full);
                }
            }
            else if (Directory.Exists(full))
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
        string[] files, subdirectories;
        try
        {
            var info = new DirectoryInfo(directory);
            var real = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory : directory;
            if (!visitedReal.Add(real))
            {
                return;
            }

            files = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(directory), string.Empty), default), exception.Message);
            return;
        }

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (IsCandidateFile(file) && seen.Add(file))
            {
                result.Add(file);
            }
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
