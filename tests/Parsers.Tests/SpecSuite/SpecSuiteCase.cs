namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// One run of the suite: a case's input file in one syntax, named by its path under specsuite/tests
/// (<c>structure/attributes/unexpected.hcl</c>, <c>empty.hcl.json</c>), with the case's spec and test files beside it.
/// Go's runner, too, runs a case once per input file it finds.
/// </summary>
internal sealed record SpecSuiteCase(string TestsRoot, string Name)
{
    private const string JsonSuffix = ".hcl.json";
    private const string NativeSuffix = ".hcl";

    public InputSyntax Syntax => Name.EndsWith(JsonSuffix, StringComparison.Ordinal) ? InputSyntax.Json : InputSyntax.Native;

    /// <summary>The case's path without the input's extension, shared by its <c>.hcldec</c> and <c>.t</c> files.</summary>
    public string BaseName => Name[..^(Syntax == InputSyntax.Json ? JsonSuffix : NativeSuffix).Length];

    public string InputPath => FullPath(Name);

    public string SpecPath => FullPath(BaseName + ".hcldec");

    public string ExpectationPath => FullPath(BaseName + ".t");

    /// <summary>The input files a case's base name can have, in the order Go's runner tries them.</summary>
    public static IEnumerable<string> InputNames(string baseName) => [baseName + NativeSuffix, baseName + JsonSuffix];

    /// <summary>The base name of a suite file, if it is one of a case's files.</summary>
    public static string? BaseNameOf(string relativePath) =>
        new[] { JsonSuffix, NativeSuffix, ".hcldec", ".t" }
            .Where(suffix => relativePath.EndsWith(suffix, StringComparison.Ordinal))
            .Select(suffix => relativePath[..^suffix.Length])
            .FirstOrDefault();

    private string FullPath(string relative) => Path.Combine(TestsRoot, relative.Replace('/', Path.DirectorySeparatorChar));
}
