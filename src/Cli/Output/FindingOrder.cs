using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>The order in which outputs that may be cut short list findings.</summary>
internal static class FindingOrder
{
    /// <summary>
    /// Worst first, then by place: a table capped at 100 rows, or GitHub showing only the first ten error and ten
    /// warning annotations of a step, then shows the findings that matter most.
    /// </summary>
    public static IEnumerable<Finding> WorstFirst(IEnumerable<Finding> findings) => findings
        .OrderByDescending(f => f.Severity)
        .ThenBy(f => f.Location.File?.Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.Location.Start)
        .ThenBy(f => f.Policy.Id, StringComparer.Ordinal)
        .ThenBy(f => f.Resource.Address, StringComparer.Ordinal);
}
