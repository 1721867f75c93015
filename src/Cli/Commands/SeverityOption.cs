using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Commands;

/// <summary>Parses severities as users type them (<c>critical</c>, <c>high</c>, ...).</summary>
internal static class SeverityNames
{
    public static readonly string[] All = ["critical", "high", "medium", "low", "info"];

    public static Severity Parse(string text) => text.ToLowerInvariant() switch
    {
        "critical" => Severity.Critical,
        "high" => Severity.High,
        "medium" => Severity.Medium,
        "info" => Severity.Info,
        _ => Severity.Low,
    };

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();
}
