namespace PolicyScan.Cli.Configuration;

/// <summary>
/// Finds the configuration file for a scan root: <c>.policyscan.yml</c> (or <c>.policyscan.yaml</c>) in the root or the
/// nearest directory above it, up to and including the repository's root (the first directory holding <c>.git</c>,
/// a directory or, in worktrees and submodules, a file), so a scan never picks up a file from outside its repository;
/// outside any repository, up to the filesystem's root.
/// </summary>
internal static class ConfigurationDiscovery
{
    public static readonly string[] FileNames = [".policyscan.yml", ".policyscan.yaml"];

    public static string? Find(string root)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(root)); directory is not null; directory = directory.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return null;
            }
        }

        return null;
    }
}
