using System.Text;
using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Parsers.Text;

/// <summary>
/// Reads an input file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as some shells write.
/// A file that cannot be read or is not text gives a located diagnostic instead of an exception.
/// </summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(displayPath, string.Empty), default), exception.Message);
            return null;
        }

        if (TryDecode(bytes, out var text))
        {
            return new SourceFile(displayPath, text);
        }

        diagnostics.Add(DiagnosticCatalog.FileNotText, new SourceRange(new SourceFile(displayPath, string.Empty), default), "it contains bytes that are not valid UTF-8");
        return null;
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
                return true;
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = Encoding.Unicode.GetString(bytes[2..]);
                return true;
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
                return true;
            }

            if (bytes.IndexOf((byte)0) >= 0)
            {
                text = string.Empty;
                return false;
            }

            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
