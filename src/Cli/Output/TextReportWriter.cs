using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// The human report: failures (and with --verbose, unknowns) grouped by file, each with the offending source line and
/// a caret under the span, then a summary.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    /// <summary>The most characters of a source line shown under a finding.</summary>
    private const int MaxLineShown = 200;

    public string Format => "text";

    public string Description => "findings grouped by file, the source line with a caret under the span, and a summary (default)";

    public void Write(ScanReport report, TextWriter output, OutputContext context) => Write(output, report.Result, report.Settings.Verbose);

    private static void Write(TextWriter writer, ScanResult result, bool verbose)
    {
        var shown = result.Findings.Where(f => f.Status == ResultStatus.Failed || (verbose && f.Status == ResultStatus.Unknown)).ToList();
        foreach (var file in shown.GroupBy(f => f.Location.File?.Path ?? string.Empty))
        {
            writer.WriteLine(file.Key);
            foreach (var finding in file)
            {
                var position = finding.Location.StartPosition;
                var status = finding.Status == ResultStatus.Failed ? SeverityNames.Name(finding.Severity).ToUpperInvariant() : "UNKNOWN";
                writer.WriteLine($"  {status} {finding.Policy.Id} {finding.Policy.Name} ({finding.Resource.Address})");
                writer.WriteLine($"    {finding.Message}");
                writer.WriteLine($"    --> {file.Key}:{position.Line}:{position.Column}");
                WriteSourceLine(writer, finding.Location);
            }

            writer.WriteLine();
        }

        WriteSummary(writer, result);
    }

    private static void WriteSourceLine(TextWriter writer, SourceRange range)
    {
        if (range.File is not { } file || file.Text.Length == 0)
        {
            return;
        }

        var start = range.StartPosition;
        var lineStart = file.Lines.StartOfLine(start.Line);

        // The line's end is looked for from the span on and no further than can be shown: a plan is one line of 100 MB,
        // and a long line is shown as a window around the span.
        var scanEnd = Math.Min(file.Text.Length, range.Start + MaxLineShown);
        var newline = file.Text.AsSpan(range.Start, scanEnd - range.Start).IndexOfAny('\r', '\n');
        var lineEnd = newline >= 0 ? range.Start + newline : scanEnd;
        var longer = newline < 0 && scanEnd < file.Text.Length;
        var from = lineEnd - lineStart <= MaxLineShown && !longer ? lineStart : Math.Max(lineStart, Math.Min(range.Start - (MaxLineShown / 4), lineEnd - MaxLineShown));
        var to = Math.Min(lineEnd, from + MaxLineShown);
        var prefix = from > lineStart ? "..." : string.Empty;
        var line = prefix + file.Text[from..to].Replace('\t', ' ') + (to < lineEnd || longer ? "..." : string.Empty);
        var gutter = start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var caretLength = Math.Max(1, Math.Min(range.End, to) - range.Start);
        var caretColumn = prefix.Length + range.Start - from;
        writer.WriteLine($"    {gutter} | {line}");
        writer.WriteLine($"    {new string(' ', gutter.Length)} | {new string(' ', caretColumn)}{new string('^', caretLength)}");
    }

    private static void WriteSummary(TextWriter writer, ScanResult result)
    {
        var failed = result.Findings.Where(f => f.Status == ResultStatus.Failed).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => (Severity: s, Count: failed.Count(f => f.Severity == s)))
            .Where(s => s.Count > 0)
            .Select(s => $"{s.Count} {SeverityNames.Name(s.Severity)}");
        var resources = result.Graph.Resources.Length;
        writer.WriteLine(
            $"{failed.Count} failed{(failed.Count > 0 ? " (" + string.Join(", ", bySeverity) + ")" : string.Empty)}, "
            + $"{result.Count(ResultStatus.Unknown)} unknown, {result.Count(ResultStatus.Suppressed)} suppressed, {result.Count(ResultStatus.Passed)} passed, {result.Count(ResultStatus.NotApplicable)} not applicable; "
            + $"{resources} resources in {result.Graph.Files.Length} files; {result.Diagnostics.Count(d => d.IsError)} input errors");
    }
}
