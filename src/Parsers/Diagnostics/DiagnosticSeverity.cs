namespace PolicyScan.Parsers.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
