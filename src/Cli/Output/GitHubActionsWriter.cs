using System.Text;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format github</c>: one workflow command per failing finding, which GitHub Actions turns into an annotation
/// on the file and line (critical and high: <c>::error</c>, medium: <c>::warning</c>, low and info: <c>::notice</c>);
/// unknowns as notices with <c>--verbose</c> or <c>--fail-on-unknown</c>; input errors and warnings first, then the
/// findings worst first (GitHub shows only the first ten errors and ten warnings of a step). Then, when
/// <c>$GITHUB_STEP_SUMMARY</c> names a file, the Markdown summary is appended to it (the job summary page).
/// </summary>
internal sealed class GitHubActionsWriter : IReportWriter
{
    public string Format => "github";

    public string Description => "GitHub Actions annotations (::error/::warning/::notice) and, when $GITHUB_STEP_SUMMARY is set, the Markdown summary appended to it";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        foreach (var diagnostic in report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            output.WriteLine(Annotation(diagnostic));
        }

        var showUnknown = report.Settings.Verbose || report.Settings.FailOnUnknown;
        var annotated = report.Findings.Where(f => f.Status == ResultStatus.Failed || (showUnknown && f.Status == ResultStatus.Unknown));
        foreach (var finding in FindingOrder.WorstFirst(annotated))
        {
            output.WriteLine(Annotation(finding));
        }

        AppendStepSummary(report, output);
    }

    public static string Annotation(Finding finding)
    {
        var unknown = finding.Status == ResultStatus.Unknown;
        var command = unknown ? "notice" : finding.Severity switch
        {
            Severity.Critical or Severity.High => "error",
            Severity.Medium => "warning",
            _ => "notice",
        };
        var message = $"{(unknown ? "unknown before deployment: " : string.Empty)}{finding.Message}\nResource {finding.Resource.Address}; see {finding.Policy.HelpUri}";
        return WorkflowCommand.Format(command, [.. Position(finding.Location), ("title", $"{finding.Policy.Id} {finding.Policy.Title}")], message);
    }

    public static string Annotation(Diagnostic diagnostic) =>
        WorkflowCommand.Format(diagnostic.IsError ? "error" : "warning", [.. Position(diagnostic.Range), ("title", diagnostic.Code)], diagnostic.Message);

    /// <summary>
    /// file, line and endLine; col and endColumn only on a one-line span, because GitHub rejects columns on an
    /// annotation whose start and end lines differ (actions/toolkit AnnotationProperties).
    /// </summary>
    private static IEnumerable<(string Name, object? Value)> Position(SourceRange range)
    {
        if (range.File is null)
        {
            yield break;
        }

        var start = range.StartPosition;
        var end = range.EndPosition;
        var oneLine = start.Line == end.Line;
        yield return ("file", range.File.Path);
        yield return ("line", start.Line);
        yield return ("col", oneLine ? start.Column : null);
        yield return ("endLine", end.Line);
        yield return ("endColumn", oneLine ? end.Column : null);
    }

    /// <summary>
    /// Appends (the runner gives each step its own file, and other steps' writers may share it) the summary. A file that
    /// cannot be written is reported as a warning annotation rather than failing the scan's own output.
    /// </summary>
    private static void AppendStepSummary(ScanReport report, TextWriter output)
    {
        if (GitHubStepSummary.Path is not { } path)
        {
            return;
        }

        try
        {
            var summary = new StringWriter { NewLine = "\n" };

            // A line break first when earlier steps wrote there, so the heading starts on a line of its own.
            if (new FileInfo(path) is { Exists: true, Length: > 0 })
            {
                summary.WriteLine();
            }

            MarkdownSummaryWriter.WriteSummary(report, summary);
            File.AppendAllText(path, summary.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteLine(WorkflowCommand.Format("warning", [("title", "policyscan")], $"cannot append the summary to ${GitHubStepSummary.VariableName} ({path}): {exception.Message}"));
        }
    }
}
