namespace PolicyScan.Parsers.Text;

/// <summary>
/// Where symbolic links are not checked out (git with <c>core.symlinks=false</c>, Windows, some archives), git writes
/// a link as a small file holding only the target path. Such a file is not configuration; its target is.
/// </summary>
public static class SymlinkPlaceholder
{
    public static bool TryResolve(string fullPath, string text, out string target)
    {
        target = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 1024 || trimmed.IndexOfAny([' ', '\t', '\n', '\r', '{', '=', '"', '#']) >= 0 || !trimmed.Contains('/'))
        {
            return false;
        }

        var candidate = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, trimmed));
        if (!File.Exists(candidate) || string.Equals(candidate, Path.GetFullPath(fullPath), StringComparison.Ordinal))
        {
            return false;
        }

        target = candidate;
        return true;
    }
}
