using Microsoft.Extensions.FileSystemGlobbing;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// Glob patterns over paths relative to the scan root (<c>tests/**</c>, <c>**/*.generated.tf</c>), as the configuration
/// file writes them for excludes and suppressions. Matching is on the path text, so files need not exist.
/// </summary>
internal sealed class PathPatterns
{
    private readonly Matcher matcher = new(StringComparison.Ordinal);

    public PathPatterns(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            matcher.AddInclude(pattern);
            IsEmpty = false;
        }
    }

    public bool IsEmpty { get; } = true;

    /// <summary>Whether a path as outputs show it (relative to the root, forward slashes) matches a pattern.</summary>
    public bool Matches(string relativePath)
    {
        var path = relativePath.StartsWith("./", StringComparison.Ordinal) ? relativePath[2..] : relativePath;
        return !IsEmpty && path.Length > 0 && matcher.Match(path).HasMatches;
    }
}
