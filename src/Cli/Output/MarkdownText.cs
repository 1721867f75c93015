using System.Text;

namespace PolicyScan.Cli.Output;

/// <summary>Text made safe for a GitHub-flavoured Markdown table cell.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// A pipe would end the cell (even inside a code span) and a line break the row, so <c>|</c> becomes <c>\|</c> and
    /// line breaks <c>&lt;br&gt;</c>; <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become entities so that a message quoting
    /// <c>&lt;computed&gt;</c> is shown rather than swallowed as an HTML tag.
    /// </summary>
    public static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '|':
                    builder.Append("\\|");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r':
                    builder.Append("<br>");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cell text shown as code; backticks inside would end the code span, so they are left out of it.</summary>
    public static string Code(string text) => text.Length == 0 ? string.Empty : "`" + Cell(text.Replace('`', '\'')) + "`";
}
