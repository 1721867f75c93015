using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary>
/// What a directory scan reads: .gitignore honoured (nested files for their subtree, negation, the repository's
/// ignore files above the scanned directory), tool directories skipped, --include-ignored, explicit paths, and the
/// --verbose list of what was skipped.
/// </summary>
public sealed class IgnoredFilesTests
{
    private const string Bucket = "resource \"aws_s3_bucket\" \"{0}\" {{\n  bucket = \"{0}\"\n}}\n";

    private const string Template = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  {0}:\n    Type: AWS::S3::Bucket\n";

    private DirectoryInfo directory = null!;

    [SetUp]
    public void CreateTree()
    {
        directory = Directory.CreateTempSubdirectory("policyscan-ignore-");
        Write("main.tf", string.Format(null, Bucket, "kept"));
        Write("scratch.tf", string.Format(null, Bucket, "scratch"));
        Write(".gitignore", "scratch.tf\nbuild/\n");
        Write("build/out.tf", string.Format(null, Bucket, "built"));
        Write(".terraform/modules/m/main.tf", string.Format(null, Bucket, "cached"));
        Write("node_modules/pkg/template.yaml", string.Format(null, Template, "FromNodeModules"));
        Write("templates/.gitignore", "*.yaml\n!keep.yaml\n");
        Write("templates/keep.yaml", string.Format(null, Template, "Kept"));
        Write("templates/drop.yaml", string.Format(null, Template, "Dropped"));
        Write("templates/settings.json", "{\"name\": \"not a template\"}");
        Write("other/drop.yaml", string.Format(null, Template, "OutsideTheNestedIgnore"));
    }

    [TearDown]
    public void DeleteTree() => directory.Delete(recursive: true);

    [Test]
    public void Ignored_files_and_tool_directories_are_not_read()
    {
        Assert.That(Addresses(directory.FullName), Is.EquivalentTo(new[] { "aws_s3_bucket.kept", "Kept", "OutsideTheNestedIgnore" }));
    }

    [Test]
    public void Include_ignored_reads_everything()
    {
        Assert.That(
            Addresses(directory.FullName, "--include-ignored"),
            Is.EquivalentTo(new[] { "aws_s3_bucket.kept", "aws_s3_bucket.scratch", "aws_s3_bucket.built", "aws_s3_bucket.cached", "FromNodeModules", "Kept", "Dropped", "OutsideTheNestedIgnore" }));
    }

    [Test]
    public void A_path_named_on_the_command_line_is_read_even_when_ignored()
    {
        Assert.That(Addresses(Path.Combine(directory.FullName, "templates", "drop.yaml")), Is.EqualTo(new[] { "Dropped" }));
        Assert.That(Addresses(Path.Combine(directory.FullName, "build")), Is.EqualTo(new[] { "aws_s3_bucket.built" }), "a named directory is walked even if its parent ignores it");
        Assert.That(
            Addresses(directory.FullName, Path.Combine(directory.FullName, "scratch.tf")),
            Is.EquivalentTo(new[] { "aws_s3_bucket.kept", "aws_s3_bucket.scratch", "Kept", "OutsideTheNestedIgnore" }),
            "named beside its directory, an ignored file is still read");
    }

    [Test]
    public void The_repository_ignore_files_above_the_scanned_directory_apply()
    {
        Directory.CreateDirectory(Path.Combine(directory.FullName, ".git", "info"));
        Write(".git/info/exclude", "keep.yaml\n");
        Write("templates/sub/keep.yaml", string.Format(null, Template, "Deeper"));
        Write("templates/sub/drop.yaml", string.Format(null, Template, "DeeperDropped"));

        // Scanning templates/ alone: the root's exclude ignores keep.yaml, but templates/.gitignore re-includes it.
        Assert.That(Addresses(Path.Combine(directory.FullName, "templates")), Is.EquivalentTo(new[] { "Kept", "Deeper" }));
        Assert.That(Addresses(Path.Combine(directory.FullName, "other")), Is.EqualTo(new[] { "OutsideTheNestedIgnore" }));
    }

    [Test]
    public void Verbose_lists_what_was_skipped_and_why()
    {
        var (_, _, stderr) = CliRunner.Run("scan", directory.FullName, "--root", directory.FullName, "--verbose", "--format", "json");
        Assert.That(stderr, Does.Contain("skipped: scratch.tf (ignored by 'scratch.tf' in .gitignore; --include-ignored reads it)"));
        Assert.That(stderr, Does.Contain("skipped: build/ (ignored by 'build/' in .gitignore; --include-ignored reads it)"));
        Assert.That(stderr, Does.Contain("skipped: .terraform/ (tool or dependency directory; --include-ignored reads it)"));
        Assert.That(stderr, Does.Contain("skipped: node_modules/ (tool or dependency directory; --include-ignored reads it)"));
        Assert.That(stderr, Does.Contain("skipped: templates/drop.yaml (ignored by '*.yaml' in templates/.gitignore; --include-ignored reads it)"));
        Assert.That(stderr, Does.Contain("skipped: templates/settings.json (not a CloudFormation template)"));
        Assert.That(CliRunner.Run("scan", directory.FullName, "--root", directory.FullName, "--format", "json").Stderr, Does.Not.Contain("skipped:"));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(directory.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string[] Addresses(string path, params string[] options)
    {
        var (_, stdout, stderr) = CliRunner.Run(["graph", path, "--root", directory.FullName, .. options]);
        Assert.That(stderr, Does.Not.Contain("error"), stderr);
        using var document = JsonDocument.Parse(stdout);
        return [.. document.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("address").GetString()!).Order(StringComparer.Ordinal)];
    }
}
