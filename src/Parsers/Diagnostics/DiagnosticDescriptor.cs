namespace PolicyScan.Parsers.Diagnostics;

/// <summary>
/// One entry of the coded catalogue (<see cref="DiagnosticCatalog"/>): a stable code, its severity and a
/// message template with <c>{0}</c>-style holes. Tests and users refer to the code, never to the wording.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat)
{
    public string Format(params object?[] args) => args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
