using System.Collections.Immutable;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Compliance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>
/// Groups a scan's results by compliance control: for each framework asked for, each control that a policy which ran
/// cites, with that policy's results. A finding counts under every control its policy cites. Both evidence writers
/// (Markdown and HTML) render this one model, so they always say the same.
/// </summary>
internal static class EvidenceReport
{
    public static ImmutableArray<FrameworkEvidence> Build(ScanReport report)
    {
        var findingsByPolicy = report.Findings.ToLookup(f => f.Policy.Id, StringComparer.Ordinal);
        var citations = report.Policies
            .SelectMany(p => p.Metadata.Compliance.Select(reference => (Reference: reference, Policy: p.Metadata)))
            .Where(c => ComplianceControls.TrySplit(c.Reference, out _, out _))
            .ToLookup(c => c.Reference.Split(':', 2)[0], StringComparer.Ordinal);
        return [.. FrameworksOf(report.Settings.ReportFramework, citations.Select(g => g.Key))
            .Select(framework => new FrameworkEvidence(framework, [.. citations[framework.Key]
                .GroupBy(c => c.Reference, StringComparer.Ordinal)
                .Select(g => ControlOf(g.Key, [.. g.Select(c => c.Policy).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)], findingsByPolicy))
                .OrderBy(c => c.Control.Id, ControlIdComparer.Instance)]))];
    }

    /// <summary>The frameworks asked for: one, or every catalogued framework and then any other a custom policy cites.</summary>
    private static IEnumerable<ComplianceFramework> FrameworksOf(string requested, IEnumerable<string> cited)
    {
        var catalogued = ComplianceControls.Frameworks;
        var all = catalogued.Concat(cited.Where(key => ComplianceControls.FindFramework(key) is null).Order(StringComparer.Ordinal).Select(key => new ComplianceFramework(key, key)));
        return requested == ScanSettings.AllFrameworks ? all : all.Where(f => f.Key == requested);
    }

    private static ControlEvidence ControlOf(string reference, ImmutableArray<PolicyMetadata> policies, ILookup<string, Finding> findingsByPolicy)
    {
        ComplianceControls.TrySplit(reference, out var framework, out var id);
        return new ControlEvidence
        {
            // A custom policy may cite a control the built-in table does not hold: shown by id, without a title.
            Control = ComplianceControls.Find(reference) ?? new ComplianceControl(framework, id, "(not in the built-in catalogue)", TitleIsOurLabel: true),
            Policies = policies,
            Findings = [.. policies.SelectMany(p => findingsByPolicy[p.Id])],
        };
    }
}
