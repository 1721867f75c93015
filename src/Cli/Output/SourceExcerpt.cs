using System.Globalization;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Cli.Output;

/// <summary>
/// The source line a range starts on, with a caret line under the range. A range over several lines is marked from its
/// start to the end of its first line, and says where it ends.
/// </summary>
internal static class SourceExcerpt
{
    /// <summary>Lines longer than this are shown as a window of <see cref="Context"/> characters on each side of the span.</summary>
    private const int MaxLine = 200;

    private const int Context = 60;

    public static void Write(TextWriter writer, SourceRange range, string indent, bool color)
    {
        if (range.File is not { } file || file.Text.Length == 0)
        {
            return;
        }

        var start = range.StartPosition;
        var lineStart = file.Lines.StartOfLine(start.Line);

        // The line's end is looked for from the span on, and no further than can be shown: a plan is one line of
        // 100 MB, and searching it to its end under every finding took minutes.
        var scanEnd = Math.Min(file.Text.Length, Math.Max(range.Start, lineStart) + MaxLine);
        var newline = file.Text.AsSpan(range.Start, scanEnd - range.Start).IndexOfAny('\r', '\n');
        var lineEnd = newline >= 0 ? range.Start + newline : scanEnd;
        var clipped = newline < 0 && scanEnd < file.Text.Length;

        // A very long line (minified JSON) is shown as a window around the span, marked with ellipses.
        var windowStart = lineStart;
        var windowEnd = lineEnd;
        if (lineEnd - lineStart > MaxLine || clipped)
        {
            windowStart = Math.Max(lineStart, range.Start - Context);
            windowEnd = Math.Min(lineEnd, Math.Max(Math.Min(range.End, lineEnd), range.Start + 1) + Context);
        }

        // Tabs become one space each so the caret line, counted in characters, stays under the span.
        var prefix = windowStart > lineStart ? "..." : string.Empty;
        var line = prefix + file.Text[windowStart..windowEnd].Replace('\t', ' ') + (windowEnd < lineEnd || clipped ? "..." : string.Empty);
        var column = prefix.Length + range.Start - windowStart + 1;
        var gutter = start.Line.ToString(CultureInfo.InvariantCulture);
        var caretLength = Math.Max(1, Math.Min(range.End, windowEnd) - range.Start);
        var end = range.EndPosition;
        var continues = end.Line > start.Line ? $" (to line {end.Line.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        writer.WriteLine($"{indent}{Ansi.Paint(gutter + " |", Ansi.Dim, color)} {line}");
        writer.WriteLine($"{indent}{Ansi.Paint(new string(' ', gutter.Length) + " |", Ansi.Dim, color)} {new string(' ', column - 1)}{Ansi.Paint(new string('^', caretLength), Ansi.Bold, color)}{continues}");
    }
}
