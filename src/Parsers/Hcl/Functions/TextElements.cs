using System.Globalization;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Terraform counts, slices and reverses strings by user-perceived characters (Unicode grapheme clusters),
/// so that "é" written as e + combining accent is one character, as is an emoji with modifiers.
/// </summary>
internal static class TextElements
{
    public static List<string> Split(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    public static int Count(string text) => new StringInfo(text).LengthInTextElements;
}
