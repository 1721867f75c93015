namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The <c>TestCaseSource</c> of the suite: one case per input file (native or JSON) of every case found under
/// specsuite/tests, plus every case of <see cref="NotApplicableCases"/> even if its files are gone (so that its test
/// fails), plus any case that has some of its files but no input (so that it fails instead of vanishing).
/// </summary>
internal static class SpecSuiteCases
{
    /// <summary>The single argument given when the shared folder is absent: that test reports itself skipped.</summary>
    public const string SharedFolderAbsent = "(shared folder absent)";

    public static string TestsRoot => Path.Combine(SharedCorpus.Corpus("hcl-specsuite"), "specsuite", "tests");

    public static IEnumerable<TestCaseData> All()
    {
        // Discovery runs outside any test, where SharedCorpus cannot mark anything skipped; the one test below does.
        var shared = Environment.GetEnvironmentVariable(SharedCorpus.EnvironmentVariable);
        if (string.IsNullOrEmpty(shared) || !Directory.Exists(shared))
        {
            return [Named(SharedFolderAbsent)];
        }

        return Names(Path.Combine(shared, "corpus", "hcl-specsuite", "specsuite", "tests")).Select(Named);
    }

    /// <summary>Every case name, sorted; relative paths use <c>/</c> on every platform.</summary>
    public static IReadOnlyList<string> Names(string testsRoot)
    {
        var names = new SortedSet<string>(NotApplicableCases.All.Keys, StringComparer.Ordinal);
        if (!Directory.Exists(testsRoot))
        {
            return [.. names];
        }

        var baseNames = Directory.EnumerateFiles(testsRoot, "*", SearchOption.AllDirectories)
            .Select(path => SpecSuiteCase.BaseNameOf(Path.GetRelativePath(testsRoot, path).Replace('\\', '/')))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var baseName in baseNames)
        {
            var inputs = SpecSuiteCase.InputNames(baseName).Where(name => File.Exists(Path.Combine(testsRoot, name))).ToList();
            names.UnionWith(inputs.Count > 0 ? inputs : SpecSuiteCase.InputNames(baseName).Take(1));
        }

        return [.. names];
    }

    private static TestCaseData Named(string name) => new TestCaseData(name).SetArgDisplayNames(name);
}
