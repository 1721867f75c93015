namespace PolicyScan.Parsers.Tests;

/// <summary>
/// Finds the read-only shared material (../shared) through the one environment variable that .ci/run sets.
/// Where it is absent, tests that need it report themselves skipped with the reason (and .ci/run fails on skips).
/// </summary>
public static class SharedCorpus
{
    public const string EnvironmentVariable = "POLICYSCAN_SHARED";

    /// <summary>The shared folder; marks the calling test skipped when the variable is not set.</summary>
    public static string Root
    {
        get
        {
            var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
            {
                Assert.Ignore($"{EnvironmentVariable} is not set to the shared folder (../shared); .ci/run sets it.");
            }

            return Path.GetFullPath(root!);
        }
    }

    public static string Corpus(string relative) => Path.Combine(Root, "corpus", relative);
}
