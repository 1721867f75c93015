namespace PolicyScan.Policies.Tests;

/// <summary>Our fixtures (tests/fixtures), the repository root, and the shared folder (through POLICYSCAN_SHARED).</summary>
public static class TestPaths
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyScan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("PolicyScan.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Repository => RepositoryRoot.Value;

    public static string Fixtures(params string[] parts) => Path.Combine([Repository, "tests", "fixtures", .. parts]);

    /// <summary>The shared folder; marks the calling test skipped when POLICYSCAN_SHARED is not set.</summary>
    public static string Shared
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("POLICYSCAN_SHARED");
            if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
            {
                Assert.Ignore("POLICYSCAN_SHARED is not set to the shared folder (../shared); .ci/run sets it.");
            }

            return Path.GetFullPath(root!);
        }
    }
}
