using System.Text;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Real-world configurations and the HCL specification's conformance suite, from the shared corpus.</summary>
public partial class CorpusTests
{
    private static readonly string[] ConfigurationExtensions = [".tf", ".tfvars", ".hcl"];

    [Test]
    public void Every_terraform_module_file_parses_without_diagnostics()
    {
        var root = SharedCorpus.Corpus("tf-modules");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => ConfigurationExtensions.Contains(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(files, Is.Not.Empty);

        var failures = new List<string>();
        foreach (var path in files)
        {
            var text = ReadFollowingLinkPlaceholder(path);
            var parsed = HclParser.ParseNative(new SourceFile(Path.GetRelativePath(root, path), text));
            if (!parsed.Diagnostics.IsEmpty)
            {
                failures.Add(parsed.Diagnostics[0].ToString());
            }
        }

        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {files.Length} files have diagnostics:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The corpus was copied without symbolic links: a link became a file holding its target path, such as
    /// <c>../locals.tf</c>. Such a file is read as the file it points to, like the link would have been.
    /// </summary>
    private static string ReadFollowingLinkPlaceholder(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return File.ReadAllText(info.ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        }

        var text = File.ReadAllText(path);
        if (text.Length < 256 && !text.Contains('\n') && !text.Contains('=') && !text.Contains('{'))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, text.Trim()));
            if (File.Exists(target))
            {
                return File.ReadAllText(target);
            }
        }

        return text;
    }

    /// <summary>
    /// Each <c>.hcl</c> of the spec suite: with no diagnostics expected, none; otherwise exactly the expected ranges
    /// (line, column in characters, byte offset in UTF-8). <c>unexpected</c> expects an error from decoding against a
    /// schema, which is not a syntax error.
    /// </summary>
    [Test]
    public void Spec_suite_files_give_the_expected_syntax_diagnostics()
    {
        var root = Path.Combine(SharedCorpus.Corpus("hcl-specsuite"), "specsuite", "tests");
        string[] decodeOnly = ["structure/attributes/unexpected"];
        var files = Directory.EnumerateFiles(root, "*.hcl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Is.Not.Empty);

        var mismatches = new List<string>();
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/')[..^".hcl".Length];
            var testFile = Path.ChangeExtension(path, ".t");
            var expected = File.Exists(testFile) && !decodeOnly.Contains(name) ? ExpectedRanges(File.ReadAllText(testFile)) : [];
            var text = File.ReadAllText(path);
            var parsed = HclParser.ParseNative(new SourceFile(name, text));
            var actual = parsed.Diagnostics.Select(d => Describe(text, d.Range)).ToArray();
            if (!actual.SequenceEqual(expected))
            {
                mismatches.Add($"{name}: expected [{string.Join("; ", expected)}] but got [{string.Join("; ", parsed.Diagnostics)}] at [{string.Join("; ", actual)}]");
            }
        }

        Assert.That(mismatches, Is.Empty, () => string.Join("\n", mismatches));
    }

    private static string Describe(string text, SourceRange range) =>
        $"{Position(text, range.Start, range.StartPosition)}-{Position(text, range.End, range.EndPosition)}";

    private static string Position(string text, int offset, LinePosition position) =>
        $"{position.Line}:{position.Column}@{Encoding.UTF8.GetByteCount(text.AsSpan(0, offset))}";

    private static string[] ExpectedRanges(string testText) =>
        ErrorRange().Matches(testText)
            .Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}@{m.Groups[3].Value}-{m.Groups[4].Value}:{m.Groups[5].Value}@{m.Groups[6].Value}")
            .ToArray();

    [GeneratedRegex(@"from\s*\{\s*line\s*=\s*(\d+)\s*column\s*=\s*(\d+)\s*byte\s*=\s*(\d+)\s*\}\s*to\s*\{\s*line\s*=\s*(\d+)\s*column\s*=\s*(\d+)\s*byte\s*=\s*(\d+)\s*\}")]
    private static partial Regex ErrorRange();
}
