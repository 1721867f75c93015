using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Text;

/// <summary>The shared directory walk: order, gitignore semantics the scanners rely on, and what it reports.</summary>
public sealed class SourceTreeWalkerTests
{
    private DirectoryInfo directory = null!;

    [SetUp]
    public void CreateTree() => directory = Directory.CreateTempSubdirectory("policyscan-walk-");

    [TearDown]
    public void DeleteTree() => directory.Delete(recursive: true);

    [Test]
    public void Files_come_in_ordinal_order_a_directory_before_those_below_it()
    {
        Write("b.tf", "");
        Write("a/z.tf", "");
        Write("B.tf", "");
        Write("a.tf", "");
        Assert.That(Relative(Walk().Files), Is.EqualTo(new[] { "B.tf", "a.tf", "b.tf", "a/z.tf" }));
    }

    [Test]
    public void Children_ignored_by_a_pattern_can_be_re_included_but_not_inside_an_ignored_directory()
    {
        Write(".gitignore", "envs/*\n!envs/prod.tf\nvendor/\n!vendor/keep.tf\n");
        Write("envs/dev.tf", "");
        Write("envs/prod.tf", "");
        Write("vendor/keep.tf", "");
        var walk = Walk();

        // As in git: a file cannot be re-included when a directory above it is excluded.
        Assert.That(Relative(walk.Files), Is.EqualTo(new[] { "envs/prod.tf" }));
        Assert.That(Relative(walk.IgnoredFiles), Is.EquivalentTo(new[] { "envs/dev.tf" }));
        Assert.That(walk.Skipped.Select(s => s.Path), Is.EquivalentTo(new[] { "envs/dev.tf", "vendor/" }));
    }

    [Test]
    public void Files_the_caller_does_not_want_are_neither_listed_nor_reported()
    {
        Write(".gitignore", "*.log\n");
        Write("debug.log", "");
        Write("main.tf", "");
        var walk = Walk();
        Assert.That(Relative(walk.Files), Is.EqualTo(new[] { "main.tf" }));
        Assert.That(walk.Skipped, Is.Empty);
    }

    [Test]
    public void A_missing_path_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var walk = SourceTreeWalker.Walk([Path.Combine(directory.FullName, "nope")], _ => true, includeIgnored: false, diagnostics, p => p);
        Assert.That(walk.Files, Is.Empty);
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo(DiagnosticCatalog.FileUnreadable.Code));
    }

    private SourceTreeWalk Walk() =>
        SourceTreeWalker.Walk([directory.FullName], f => f.EndsWith(".tf", StringComparison.Ordinal), includeIgnored: false, new DiagnosticBag(), p => Path.GetRelativePath(directory.FullName, p).Replace('\\', '/'));

    private IEnumerable<string> Relative(IEnumerable<string> fullPaths) => fullPaths.Select(p => Path.GetRelativePath(directory.FullName, p).Replace('\\', '/'));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(directory.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
