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

        var walk = FindCandidateFiles(paths, options.IncludeIgnored, walkDiagnostics, DisplayPath);
        var results = walk.Files.AsParallel().AsOrdered()
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
            Skipped =
            [
                .. walk.Skipped,
                .. walk.Files.Zip(results).Where(pair => !pair.Second.IsTemplate).Select(pair => new SkippedPath(DisplayPath(pair.First), "not a CloudFormation template")),
            ],
        };
    }

    public static bool IsCandidateFile(string fileName) => Extensions.Contains(Path.GetExtension(fileName));

    /// <summary>
    /// Every candidate file under the given paths, in ordinal order, each once (skipping ignored files and tool caches,
    /// see <see cref="SourceTreeWalker"/>). A named file needs a candidate extension too: a Terraform file may embed a
    /// template in a heredoc, and that template is Terraform's to read.
    /// </summary>
    public static SourceTreeWalk FindCandidateFiles(IEnumerable<string> paths, bool includeIgnored, DiagnosticBag diagnostics, Func<string, string> displayPath) =>
        SourceTreeWalker.Walk(paths, IsCandidateFile, includeIgnored, diagnostics, displayPath);
}
