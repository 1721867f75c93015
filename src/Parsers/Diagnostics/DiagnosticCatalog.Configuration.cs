namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // The configuration file (.policyscan.yml). Each is reported at the offending key or value; every mistake in the
    // file is reported at once, and any of them stops the scan (exit code 2), since a scan with half a configuration
    // would pass or fail for the wrong reasons.
    public static readonly DiagnosticDescriptor ConfigurationSyntax = new("PS0200", DiagnosticSeverity.Error, "the configuration is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor ConfigurationSeveralDocuments = new("PS0207", DiagnosticSeverity.Error, "the configuration holds more than one YAML document; write it as one");

    public static readonly DiagnosticDescriptor ConfigurationUnknownKey = new("PS0201", DiagnosticSeverity.Error, "unknown key '{0}'{1}");

    public static readonly DiagnosticDescriptor ConfigurationWrongType = new("PS0202", DiagnosticSeverity.Error, "{0} must be {1}, not {2}");

    public static readonly DiagnosticDescriptor ConfigurationInvalidValue = new("PS0203", DiagnosticSeverity.Error, "{0} {1}");

    public static readonly DiagnosticDescriptor ConfigurationMissingKey = new("PS0204", DiagnosticSeverity.Error, "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor ConfigurationUnknownPolicy = new("PS0205", DiagnosticSeverity.Error, "unknown policy '{0}'{1}");

    public static readonly DiagnosticDescriptor ConfigurationInvalidDate = new("PS0206", DiagnosticSeverity.Error, "{0} is not a date: {1} does not exist in the calendar");
}
