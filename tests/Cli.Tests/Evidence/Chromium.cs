namespace PolicyScan.Cli.Tests.Evidence;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package, which .ci/run installs): tests drive it, never a
/// downloaded browser. Marks the calling test skipped, with the reason, when it is not installed.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string Path
    {
        get
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(directory => Names.Select(name => System.IO.Path.Combine(directory, name)))
                .FirstOrDefault(File.Exists);
            if (found is null)
            {
                Assert.Ignore("chromium is not on PATH; install Debian's chromium package (.ci/run does) to render the HTML report.");
            }

            return found!;
        }
    }
}
