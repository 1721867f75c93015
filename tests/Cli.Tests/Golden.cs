namespace PolicyScan.Cli.Tests;

/// <summary>
/// Golden files (tests/golden): the expected output of a command, checked in and reviewed like code. A missing golden
/// file fails the test (never created silently); <c>POLICYSCAN_UPDATE_GOLDEN=1</c> rewrites them on purpose, after
/// which the diff is reviewed before committing.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string actual, string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRunner.Fixture())!, "golden", name);
        var normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("POLICYSCAN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"golden file tests/golden/{name} is missing; run the tests with POLICYSCAN_UPDATE_GOLDEN=1 to write it, then review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalized)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = normalized.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"output differs from tests/golden/{name} at line {first + 1}:\n  expected: {Line(expectedLines, first)}\n  actual:   {Line(actualLines, first)}\n(POLICYSCAN_UPDATE_GOLDEN=1 rewrites it)");
        }
    }

    /// <summary>The example stack the goldens are made from, and the root its paths are shown relative to.</summary>
    public static (string Path, string Root) ExampleStack
    {
        get
        {
            var repository = Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.Fixture())!)!;
            return (Path.Combine(repository, "examples", "insecure", "terraform"), repository);
        }
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";
}
