using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>
/// Broken inputs under tests/fixtures/hcl/errors, each compared with the <c>.baseline</c> beside it. Set
/// POLICYSCAN_UPDATE_BASELINES=1 to rewrite the baselines, then review the diff. A missing baseline fails.
/// </summary>
public class BaselineTests
{
    private const string UpdateVariable = "POLICYSCAN_UPDATE_BASELINES";

    private static string ErrorsFolder => Fixtures.Path("hcl", "errors");

    public static IEnumerable<TestCaseData> Inputs() =>
        Directory.EnumerateFiles(ErrorsFolder, "*.tf").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName($"Baseline_{Path.GetFileNameWithoutExtension(path)}"));

    [TestCaseSource(nameof(Inputs))]
    public void Diagnostics_match_the_baseline(string fileName)
    {
        var path = Path.Combine(ErrorsFolder, fileName);
        var parsed = HclParser.ParseNative(new SourceFile(fileName, File.ReadAllText(path)));
        var actual = DiagnosticBaseline.Render(parsed);
        var baselinePath = Path.ChangeExtension(path, ".baseline");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(baselinePath, actual);
        }

        Assert.That(File.Exists(baselinePath), Is.True, $"{baselinePath} is missing; run the tests with {UpdateVariable}=1 and review it.");
        Assert.That(parsed.Diagnostics, Is.Not.Empty, "an error fixture must produce diagnostics");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(baselinePath).ReplaceLineEndings("\n")));
    }

    [Test]
    public void There_are_error_fixtures()
    {
        Assert.That(Inputs().Count(), Is.GreaterThanOrEqualTo(8));
    }
}
