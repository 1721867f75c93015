using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>The fill of a failing node in the drawn graphs: red for critical and high, then amber, blue, grey.</summary>
internal static class GraphColors
{
    public static string Fill(Severity severity) => severity switch
    {
        Severity.Critical => "#e06666",
        Severity.High => "#f4a7a7",
        Severity.Medium => "#ffe599",
        Severity.Low => "#cfe2f3",
        _ => "#eeeeee",
    };
}
