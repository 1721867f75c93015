using System.Collections.Concurrent;
using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary>
/// Reads and parses module directories, once each: a module called from several places, or scanned both as
/// a root and as a dependency, is parsed one time. Thread-safe.
/// </summary>
/// <param name="displayPath">Turns a full path into the path users see.</param>
/// <param name="ignoredFiles">Files (full paths) a scan's walk found ignored (<c>.gitignore</c>), left out of their directory.</param>
public sealed class ModuleDirectoryLoader(Func<string, string> displayPath, IReadOnlySet<string>? ignoredFiles = null)
{
    private readonly ConcurrentDictionary<string, Lazy<ModuleDirectory>> cache = new(StringComparer.Ordinal);

    /// <summary>Whether a file name is Terraform configuration (not variables files, which only roots read).</summary>
    public static bool IsConfigurationFile(string fileName) =>
        fileName.EndsWith(".tf", StringComparison.Ordinal) || fileName.EndsWith(".tf.json", StringComparison.Ordinal);

    public ModuleDirectory Load(string fullPath) =>
        cache.GetOrAdd(Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath)), path => new Lazy<ModuleDirectory>(() => LoadCore(path))).Value;

    public static HclFile ParseFile(SourceFile file) =>
        file.Path.EndsWith(".json", StringComparison.Ordinal)
            ? HclJsonParser.ParseTerraformJson(file, HclParser.Syntax)
            : HclParser.ParseNative(file);

    private ModuleDirectory LoadCore(string fullPath)
    {
        var diagnostics = new DiagnosticBag();
        var files = ImmutableArray.CreateBuilder<HclFile>();
        IEnumerable<string> names;
        try
        {
            names = Directory.EnumerateFiles(fullPath).Where(f => IsConfigurationFile(Path.GetFileName(f)) && ignoredFiles?.Contains(f) != true).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(fullPath), string.Empty), default), exception.Message);
            names = [];
        }

        foreach (var name in names)
        {
            var source = SourceFileReader.Read(name, displayPath(name), diagnostics);
            if (source is null)
            {
                continue;
            }

            if (SymlinkPlaceholder.TryResolve(name, source.Text, out var target))
            {
                diagnostics.Add(DiagnosticCatalog.SymlinkPlaceholder, new SourceRange(source, new TextSpan(0, source.Text.Length)), source.Text.Trim());
                source = SourceFileReader.Read(target, displayPath(name), diagnostics);
                if (source is null)
                {
                    continue;
                }
            }

            try
            {
                files.Add(ParseFile(source));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The parser never throws by design; if it does, the file is reported and the others still scan.
                diagnostics.Add(DiagnosticCatalog.InternalError, new SourceRange(source, default), exception.GetType().Name + ": " + exception.Message);
            }
        }

        return ModuleDirectory.Build(fullPath, displayPath(fullPath), files.ToImmutable(), diagnostics.Items);
    }
}
