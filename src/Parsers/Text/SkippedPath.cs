namespace PolicyScan.Parsers.Text;

/// <summary>A file or directory a scan did not read, as users see its path, and why (printed by <c>--verbose</c>).</summary>
public sealed record SkippedPath(string Path, string Reason);
