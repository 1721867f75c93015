using System.Globalization;
using System.Text;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// A position as the suite's <c>.t</c> files write it (Go's <c>hcl.Pos</c>): line from 1; column from 1, counting
/// characters as Go's scanner does, that is grapheme clusters, where our <see cref="LinePosition"/> counts UTF-16
/// units; byte as the offset into the UTF-8 encoding, where our offsets index the UTF-16 string.
/// </summary>
internal readonly record struct SuitePosition(int Line, int Column, int Byte)
{
    public static SuitePosition At(SourceFile file, int offset)
    {
        var line = file.PositionOf(offset).Line;
        var lineStart = file.Lines.StartOfLine(line);
        var column = 1;
        for (var index = lineStart; index < offset; index += StringInfo.GetNextTextElementLength(file.Text, index))
        {
            column++;
        }

        return new SuitePosition(line, column, Encoding.UTF8.GetByteCount(file.Text.AsSpan(0, offset)));
    }

    public override string ToString() => $"{Line}:{Column}@{Byte}";
}

/// <summary>A range of two <see cref="SuitePosition"/>s, as the <c>.t</c> files' <c>from</c> and <c>to</c> blocks give it.</summary>
internal readonly record struct SuiteRange(SuitePosition From, SuitePosition To)
{
    /// <summary>Our range in the suite's terms; a range with no file (made by the tool) has no position.</summary>
    public static SuiteRange? Of(SourceRange range) =>
        range.File is { } file ? new SuiteRange(SuitePosition.At(file, range.Start), SuitePosition.At(file, range.End)) : null;

    public override string ToString() => $"{From}-{To}";
}
