using System.Globalization;
using System.Text;
using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Parsers.Hcl.Parsing;

// Unescaping template literal text.
internal sealed partial class NativeParser
{
    /// <summary>True when the literal has no escapes, so its value is its source text.</summary>
    private bool IsVerbatim(Token token, bool quoted)
    {
        var slice = token.Slice(text);
        var special = quoted ? slice.IndexOfAny('\\', '$', '%') : slice.IndexOfAny('$', '%');
        if (special < 0)
        {
            return true;
        }

        // '$' and '%' matter only in the escapes "$${" and "%%{", and a backslash always does in quotes.
        return !(slice.Contains("$${", StringComparison.Ordinal) || slice.Contains("%%{", StringComparison.Ordinal) || (quoted && slice.Contains('\\')));
    }

    /// <summary>Heredoc and bare-template text: only <c>$${</c> and <c>%%{</c> are escapes.</summary>
    private string DecodeTemplateLiteral(Token token) => IsVerbatim(token, quoted: false)
        ? token.Text(text)
        : token.Text(text).Replace("$${", "${", StringComparison.Ordinal).Replace("%%{", "%{", StringComparison.Ordinal);

    /// <summary>Quoted-string text: backslash escapes plus <c>$${</c> and <c>%%{</c>; bad escapes are reported where they stand.</summary>
    private string DecodeQuotedLiteral(Token token)
    {
        if (IsVerbatim(token, quoted: true))
        {
            return token.Text(text);
        }

        var result = new StringBuilder(token.Length);
        var i = token.Start;
        while (i < token.End)
        {
            var c = text[i];
            if (c is '$' or '%' && i + 2 < token.End && text[i + 1] == c && text[i + 2] == '{')
            {
                result.Append(c).Append('{');
                i += 3;
                continue;
            }

            if (c != '\\')
            {
                result.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= token.End)
            {
                ReportInPlace(DiagnosticCatalog.InvalidEscape, RangeOf(i, i + 1), "\\");
                result.Append(c);
                i++;
                continue;
            }

            var selector = text[i + 1];
            switch (selector)
            {
                case 'n':
                    result.Append('\n');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case 't':
                    result.Append('\t');
                    break;
                case '"':
                    result.Append('"');
                    break;
                case '\\':
                    result.Append('\\');
                    break;
                case 'u' or 'U':
                    i = DecodeUnicodeEscape(token, i, selector == 'u' ? 4 : 8, result);
                    continue;
                default:
                    ReportInPlace(DiagnosticCatalog.InvalidEscape, RangeOf(i, i + 2), text.Substring(i, 2));
                    result.Append(selector);
                    break;
            }

            i += 2;
        }

        return result.ToString();
    }

    /// <summary>Decodes <c>\uNNNN</c> or <c>\UNNNNNNNN</c> at <paramref name="start"/>; returns the offset after it.</summary>
    private int DecodeUnicodeEscape(Token token, int start, int digits, StringBuilder result)
    {
        var hexStart = start + 2;
        var hexEnd = hexStart;
        while (hexEnd < token.End && hexEnd - hexStart < digits && char.IsAsciiHexDigit(text[hexEnd]))
        {
            hexEnd++;
        }

        if (hexEnd - hexStart == digits
            && int.TryParse(text.AsSpan(hexStart, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            && codePoint >= 0 && codePoint <= 0x10FFFF && codePoint is < 0xD800 or > 0xDFFF)
        {
            result.Append(char.ConvertFromUtf32(codePoint));
            return hexEnd;
        }

        ReportInPlace(DiagnosticCatalog.InvalidEscape, RangeOf(start, hexEnd), text[start..hexEnd]);
        result.Append(text, start, hexEnd - start);
        return hexEnd;
    }
}
