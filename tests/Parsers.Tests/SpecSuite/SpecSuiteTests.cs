namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The HCL specification's conformance suite (shared corpus hcl-specsuite/specsuite/tests), one test per case and
/// input syntax, decoded by our parser and evaluator as Go's hcldec would and checked as Go's hclspecsuite checks.
/// </summary>
public sealed class SpecSuiteTests
{
    [Test]
    public void The_suite_is_present_and_has_cases()
    {
        var root = SpecSuiteCases.TestsRoot;
        Assert.That(Directory.Exists(root), Is.True, $"{root} does not exist");
        Assert.That(SpecSuiteCases.Names(root).Except(NotApplicableCases.All.Keys), Is.Not.Empty);
    }

    [TestCaseSource(typeof(SpecSuiteCases), nameof(SpecSuiteCases.All))]
    public void Case_conforms(string name)
    {
        if (name == SpecSuiteCases.SharedFolderAbsent)
        {
            _ = SharedCorpus.Root; // Marks this test skipped, with the reason.
            return;
        }

        var suiteCase = new SpecSuiteCase(SpecSuiteCases.TestsRoot, name);
        Assert.That(File.Exists(suiteCase.InputPath), Is.True, $"{name}: the input file is gone");
        Assert.That(File.Exists(suiteCase.SpecPath), Is.True, $"{name}: the .hcldec spec file is missing");
        Assert.That(File.Exists(suiteCase.ExpectationPath), Is.True, $"{name}: the .t test file is missing");

        var problems = CaseVerifier.Problems(suiteCase);
        if (NotApplicableCases.All.TryGetValue(name, out var listed))
        {
            Assert.That(problems, Is.Not.Empty, $"{name} is listed in NotApplicableCases ({listed.Reason}) but now conforms: remove it from the table");
            Assert.That(problems.Where(p => !listed.Explains(p)), Is.Empty, $"{name} fails beyond what NotApplicableCases explains ({listed.Reason})");
            // The listed difference is asserted above; the report says what it is.
            TestContext.Out.WriteLine($"not applicable: {listed.Reason}\nit differs only where listed:\n{string.Join("\n", problems)}");
            return;
        }

        Assert.That(problems, Is.Empty, () => $"{name}:\n{string.Join("\n", problems)}");
    }
}
