using System.Text;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests.Fixtures;

/// <summary>
/// A fixture directory whose files mark the findings they expect inline: <c>{|PS-AWS-S3-001:acl = "public-read"|}</c>
/// expects a failure spanning exactly the marked text, <c>{?PS-AWS-S3-001:...?}</c> an unknown result. The markers
/// are removed and the clean files written to a temporary directory, which the scanner reads.
/// </summary>
public sealed class MarkedFixture : IDisposable
{
    private static readonly string[] MarkedExtensions = [".tf", ".tf.json", ".tfvars", ".json", ".yaml", ".yml", ".template"];

    private MarkedFixture(string directory, List<ExpectedFinding> expected)
    {
        Directory = directory;
        Expected = expected;
    }

    /// <summary>The clean copy to scan.</summary>
    public string Directory { get; }

    public IReadOnlyList<ExpectedFinding> Expected { get; }

    public static MarkedFixture Load(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "policyscan-fixture-" + Guid.NewGuid().ToString("N"));
        var expected = new List<ExpectedFinding>();
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var destination = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (MarkedExtensions.Any(e => file.EndsWith(e, StringComparison.Ordinal)))
            {
                File.WriteAllText(destination, Strip(File.ReadAllText(file), relative, expected));
            }
            else
            {
                File.Copy(file, destination);
            }
        }

        return new MarkedFixture(target, expected);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's result is what matters.
            return;
        }
    }

    /// <summary>Removes the markers, recording where each marked span lies in the clean text.</summary>
    internal static string Strip(string text, string file, List<ExpectedFinding> expected)
    {
        var clean = new StringBuilder(text.Length);
        var open = new Stack<(string Id, ResultStatus Status, int Start, char Closer)>();
        var spans = new List<(string Id, ResultStatus Status, int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] is '|' or '?' && TryReadId(text, i + 2, out var id, out var afterColon))
            {
                var closer = text[i + 1];
                open.Push((id, closer == '|' ? ResultStatus.Failed : ResultStatus.Unknown, clean.Length, closer));
                i = afterColon - 1;
                continue;
            }

            if (open.Count > 0 && text[i] == open.Peek().Closer && i + 1 < text.Length && text[i + 1] == '}')
            {
                var (markedId, status, start, _) = open.Pop();
                spans.Add((markedId, status, start, clean.Length));
                i++;
                continue;
            }

            clean.Append(text[i]);
        }

        if (open.Count > 0)
        {
            throw new InvalidDataException($"{file}: unclosed marker for {open.Peek().Id}");
        }

        var source = new SourceFile(file, clean.ToString());
        foreach (var (markedId, status, start, end) in spans)
        {
            var from = source.PositionOf(start);
            var to = source.PositionOf(end);
            expected.Add(new ExpectedFinding(markedId, status, file, from.Line, from.Column, to.Line, to.Column));
        }

        return clean.ToString();
    }

    /// <summary>A marker id is letters, digits and dashes, with at least one dash, followed by a colon: <c>PS-AWS-S3-001:</c>.</summary>
    private static bool TryReadId(string text, int start, out string id, out int afterColon)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        id = text[start..end];
        afterColon = end + 1;
        return end > start && end < text.Length && text[end] == ':' && id.Contains('-', StringComparison.Ordinal);
    }
}
