using System.Collections.Immutable;
using MAB.DotIgnore;

namespace PolicyScan.Parsers.Text;

/// <summary>
/// The ignore files that apply to one directory: those of every directory above it up to the repository's root (and
/// the repository's <c>.git/info/exclude</c>), then its own. As in git, the last matching rule wins, a deeper file's
/// rules come after its parents', and <c>!pattern</c> re-includes. Immutable: a subdirectory gets a new instance.
/// </summary>
internal sealed class GitIgnoreRules
{
    private readonly ImmutableArray<(string BaseDirectory, string SourcePath, IgnoreList List)> lists;

    private GitIgnoreRules(ImmutableArray<(string, string, IgnoreList)> lists) => this.lists = lists;

    public static GitIgnoreRules None { get; } = new([]);

    /// <summary>
    /// The rules in force at <paramref name="directory"/> when a walk starts there: the ignore files from the enclosing
    /// repository's root (the nearest ancestor holding <c>.git</c>) down to it. Outside a repository, only its own.
    /// </summary>
    public static GitIgnoreRules StartingAt(string directory)
    {
        var chain = new List<string>();
        string? repositoryRoot = null;
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            chain.Add(current);
            if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git")))
            {
                repositoryRoot = current;
                break;
            }
        }

        if (repositoryRoot is null)
        {
            return None.Enter(directory);
        }

        var rules = None.With(repositoryRoot, Path.Combine(repositoryRoot, ".git", "info", "exclude"));
        chain.Reverse();
        return chain.Aggregate(rules, (current, path) => current.Enter(path));
    }

    /// <summary>The rules for <paramref name="directory"/>, a child of the directory these rules are for.</summary>
    public GitIgnoreRules Enter(string directory) => With(directory, Path.Combine(directory, ".gitignore"));

    /// <summary>The rule that decides <paramref name="fullPath"/> is ignored (its pattern and ignore file), or null.</summary>
    public (string Pattern, string IgnoreFile)? IgnoredBy(string fullPath, bool isDirectory)
    {
        (string, string)? decidedBy = null;
        foreach (var (baseDirectory, sourcePath, list) in lists)
        {
            var relative = Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
            foreach (var rule in list.Rules)
            {
                if (rule.IsMatch(relative, isDirectory))
                {
                    decidedBy = rule.PatternFlags.HasFlag(PatternFlags.NEGATION) ? null : (rule.OriginalPattern, sourcePath);
                }
            }
        }

        return decidedBy;
    }

    private GitIgnoreRules With(string baseDirectory, string ignoreFile)
    {
        if (!File.Exists(ignoreFile))
        {
            return this;
        }

        try
        {
            return new GitIgnoreRules(lists.Add((baseDirectory, ignoreFile, new IgnoreList(ignoreFile, MatchFlags.PATHNAME))));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable ignore file ignores nothing, as git treats it.
            return this;
        }
    }
}
