using System.Text;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>
/// Text made safe for a GitHub-flavoured Markdown table cell: Markdown's inline special characters backslash-escaped (so a
/// message cannot start emphasis, a link or raw HTML), pipes escaped so they do not split the cell, line breaks
/// folded into spaces so they do not end the row.
/// </summary>
internal static class MarkdownCells
{
    // Cells never start a line, so only inline syntax matters: code, emphasis, links, raw HTML, entities, strikethrough, pipes.
    private const string Special = "\\`*_[]<>|~&";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (character is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else
            {
                if (Special.Contains(character, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A code span for identifiers and paths (read as typed); a backtick inside becomes a quote, a pipe stays escaped.</summary>
    public static string Code(string text) =>
        "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ") + "`";
}
