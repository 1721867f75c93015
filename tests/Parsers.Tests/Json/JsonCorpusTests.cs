using System.Diagnostics;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Json;

/// <summary>Every JSON file in the shared corpus reads with no diagnostics (ARM with comments and trailing commas allowed).</summary>
public sealed class JsonCorpusTests
{
    [TestCase("arm", true)]
    [TestCase("cfn", false)]
    [TestCase("tf-plans", false)]
    public void Every_json_file_in_the_corpus_parses_without_diagnostics(string folder, bool lenient)
    {
        var root = SharedCorpus.Corpus(folder);
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty, $"no JSON files under {root}");

        var options = lenient ? JsonParserOptions.Lenient : JsonParserOptions.Strict;
        var failures = new List<string>();
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in files)
        {
            var source = new SourceFile(Path.GetRelativePath(root, path), File.ReadAllText(path));
            bytes += source.Text.Length;
            var document = JsonParser.Parse(source, options);
            if (document.Root is null || !document.Diagnostics.IsEmpty)
            {
                failures.Add(document.Diagnostics.IsEmpty ? $"{source.Path}: no root" : string.Join("; ", document.Diagnostics.Take(3)));
            }
        }

        clock.Stop();
        TestContext.Out.WriteLine($"{folder}: {files.Count} files, {bytes / 1e6:F1} M chars, {clock.Elapsed.TotalSeconds:F3} s, {bytes / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} M chars/s (first run, includes JIT)");
        Assert.That(failures, Is.Empty);
    }
}
