using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Parsers.Text;

/// <summary>
/// Finds the files a scan reads under the paths it was given, for every front end alike: directories in ordinal
/// order, each file once, symlink loops cut. It honours <c>.gitignore</c> files (nested ones for their subtree, the
/// repository's <c>.git/info/exclude</c>) and skips tool caches and dependencies, unless told to include them; a path
/// named explicitly is always read. What it leaves out is listed with the reason.
/// </summary>
public static class SourceTreeWalker
{
    /// <summary>Directories never descended into unless asked: version control, tool caches and dependencies, not the user's code.</summary>
    public static readonly ImmutableHashSet<string> ToolDirectories =
        ImmutableHashSet.Create(StringComparer.Ordinal, ".git", "node_modules", ".terraform", ".terragrunt-cache", ".aws-sam", "cdk.out");

    /// <param name="paths">Files and directories as given by the user.</param>
    /// <param name="wanted">Whether a file (by full path) is one the caller reads; other files are neither listed nor reported.</param>
    /// <param name="includeIgnored">Also read ignored files and tool directories.</param>
    /// <param name="diagnostics">Receives paths that do not exist and directories that cannot be listed.</param>
    /// <param name="displayPath">Turns a full path into the path users see.</param>
    public static SourceTreeWalk Walk(IEnumerable<string> paths, Func<string, bool> wanted, bool includeIgnored, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var walker = new State(wanted, includeIgnored, diagnostics, displayPath);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (File.Exists(full))
            {
                // Named explicitly: read even when ignored.
                named.Add(full);
                walker.AddFile(full);
            }
            else if (Directory.Exists(full))
            {
                walker.WalkDirectory(full, includeIgnored ? GitIgnoreRules.None : GitIgnoreRules.StartingAt(full));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath(full), string.Empty), default), "no such file or directory");
            }
        }

        // A file named explicitly stays read even when a walk of its directory found it ignored.
        return new SourceTreeWalk(
            [.. walker.Files],
            [.. walker.Ignored.Where(f => !named.Contains(f))],
            [.. walker.Skipped.Where(s => !named.Any(n => displayPath(n) == s.Path))]);
    }

    private sealed class State(Func<string, bool> wanted, bool includeIgnored, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        private readonly HashSet<string> visitedReal = new(StringComparer.Ordinal);

        public List<string> Files { get; } = [];

        public List<string> Ignored { get; } = [];

        public List<SkippedPath> Skipped { get; } = [];

        public void AddFile(string full)
        {
            if (wanted(full) && seen.Add(full))
            {
                Files.Add(full);
            }
        }

        public void WalkDirectory(string directory, GitIgnoreRules rules)
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
                if (!wanted(file))
                {
                    continue;
                }

                if (rules.IgnoredBy(file, isDirectory: false) is { } rule)
                {
                    Ignored.Add(file);
                    Skipped.Add(new SkippedPath(displayPath(file), IgnoredReason(rule)));
                    continue;
                }

                AddFile(file);
            }

            foreach (var subdirectory in subdirectories.Order(StringComparer.Ordinal))
            {
                if (!includeIgnored && ToolDirectories.Contains(Path.GetFileName(subdirectory)))
                {
                    Skipped.Add(new SkippedPath(displayPath(subdirectory) + "/", "tool or dependency directory; --include-ignored reads it"));
                }
                else if (rules.IgnoredBy(subdirectory, isDirectory: true) is { } rule)
                {
                    Skipped.Add(new SkippedPath(displayPath(subdirectory) + "/", IgnoredReason(rule)));
                }
                else
                {
                    WalkDirectory(subdirectory, includeIgnored ? rules : rules.Enter(subdirectory));
                }
            }
        }

        private string IgnoredReason((string Pattern, string IgnoreFile) rule) =>
            $"ignored by '{rule.Pattern}' in {displayPath(rule.IgnoreFile)}; --include-ignored reads it";
    }
}
