using System.Text;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>
/// Renders a parsed file as its source with each diagnostic printed under the line where it starts, marked with
/// carets under its columns, so that a baseline diff shows what moved.
/// </summary>
internal static class DiagnosticBaseline
{
    public static string Render(HclFile file)
    {
        var text = file.Source.Text;
        var lines = text.Split('\n');
        var output = new StringBuilder();
        for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
        {
            var line = lines[lineIndex].TrimEnd('\r');
            if (lineIndex == lines.Length - 1 && line.Length == 0)
            {
                break;
            }

            output.Append(line).Append('\n');
            foreach (var diagnostic in file.Diagnostics.Where(d => d.Range.StartPosition.Line == lineIndex + 1))
            {
                var start = diagnostic.Range.StartPosition;
                var end = diagnostic.Range.EndPosition;
                var caretEnd = end.Line == start.Line ? end.Column : line.Length + 2;
                var carets = new string('^', Math.Max(1, caretEnd - start.Column));
                output.Append(new string(' ', start.Column - 1)).Append(carets)
                    .Append($" {diagnostic.Code} ({start}-{end}): {diagnostic.Message}\n");
            }
        }

        return output.ToString();
    }
}
