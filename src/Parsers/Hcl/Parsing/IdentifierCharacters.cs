using System.Globalization;
using System.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Identifier characters per the spec: Unicode <c>ID_Start (ID_Continue | '-')*</c>, plus a leading underscore as
/// every HCL implementation accepts. ASCII is decided by a table; other code points by their general category.
/// </summary>
internal static class IdentifierCharacters
{
    public static bool IsAsciiStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsAsciiContinue(char c) => IsAsciiStart(c) || (uint)(c - '0') <= 9 || c == '-';

    /// <summary>Length in UTF-16 units of the identifier-start character at <paramref name="index"/>, or 0.</summary>
    public static int StartLength(string text, int index, int end)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return IsAsciiStart(c) ? 1 : 0;
        }

        return DecodeRune(text, index, end, out var rune) is var length && length > 0 && IsStart(rune) ? length : 0;
    }

    /// <summary>Length in UTF-16 units of the identifier-continue character at <paramref name="index"/>, or 0.</summary>
    public static int ContinueLength(string text, int index, int end)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return IsAsciiContinue(c) ? 1 : 0;
        }

        return DecodeRune(text, index, end, out var rune) is var length && length > 0 && IsContinue(rune) ? length : 0;
    }

    private static int DecodeRune(string text, int index, int end, out Rune rune)
    {
        var status = Rune.DecodeFromUtf16(text.AsSpan(index, end - index), out rune, out var consumed);
        return status == System.Buffers.OperationStatus.Done ? consumed : 0;
    }

    private static bool IsStart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => IsOtherIdStart(rune.Value),
    };

    private static bool IsContinue(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => IsStart(rune) || IsOtherIdContinue(rune.Value),
    };

    // Other_ID_Start and Other_ID_Continue from Unicode's PropList: kept for backward compatibility of identifiers.
    private static bool IsOtherIdStart(int c) => c is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    private static bool IsOtherIdContinue(int c) => c is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D;
}
