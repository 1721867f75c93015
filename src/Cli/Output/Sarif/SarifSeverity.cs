using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Sarif;

/// <summary>
/// How our severities read in SARIF: the standard <c>level</c>, and GitHub's numeric <c>security-severity</c>, which
/// code scanning bands as critical above 9.0, high from 7.0, medium from 4.0 and low from 0.1. Each value sits inside
/// its band rather than on an edge, so rounding in other tools cannot move a policy to the next band. GitHub has no
/// band for info, so it shows as low.
/// </summary>
internal static class SarifSeverity
{
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "1.0",
    };
}
