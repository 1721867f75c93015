using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Output;

/// <summary>
/// One output format of <c>scan</c> (<c>--format NAME</c>). Implementations are found by reflection
/// (<see cref="ReportWriters"/>), so a format is one class. Output must be deterministic: the same report gives the
/// same bytes.
/// </summary>
internal interface IReportWriter
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Format { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    void Write(ScanReport report, TextWriter output, OutputContext context);
}
