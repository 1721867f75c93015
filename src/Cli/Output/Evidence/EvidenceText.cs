using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Compliance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output.Evidence;

/// <summary>The wording both evidence writers share: header facts, status labels, locations and anchors.</summary>
internal static class EvidenceText
{
    public const string Title = "Compliance evidence report";

    public const string Purpose =
        "PolicyScan checked the infrastructure code below before deployment. For each compliance control cited by a "
        + "policy that ran, the report lists those policies and the result for every resource they checked.";

    public const string UncitedNote = "Controls that no policy which ran cites are not listed.";

    public const string LabelNote = "Titles marked \"(our label)\" are short names PolicyScan wrote where the source gives the control none.";

    public static readonly ImmutableArray<(ResultStatus Status, string Label)> Counted =
    [
        (ResultStatus.Passed, "Passed"),
        (ResultStatus.Failed, "Failed"),
        (ResultStatus.Unknown, "Unknown"),
        (ResultStatus.Suppressed, "Suppressed"),
        (ResultStatus.NotApplicable, "Not applicable"),
    ];

    public static readonly ImmutableArray<ControlStatus> SummaryColumns =
        [ControlStatus.Passed, ControlStatus.Failed, ControlStatus.PassedWithUnknowns, ControlStatus.NoEvidence];

    /// <summary>The scan's facts an auditor checks first: versions, time, root, the settings that change results.</summary>
    public static IEnumerable<(string Label, string Value)> Facts(ScanReport report)
    {
        var settings = report.Settings;
        yield return ("Tool version", "policyscan " + report.ToolVersion);
        yield return ("Policy set version", report.PolicySetVersion);
        yield return ("Scan time (UTC)", report.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        yield return ("Root", settings.Root);
        yield return ("Framework", settings.ReportFramework == ScanSettings.AllFrameworks
            ? "all"
            : ComplianceControls.FindFramework(settings.ReportFramework)?.Name ?? settings.ReportFramework);
        yield return ("Policies run", report.Policies.Length.ToString(CultureInfo.InvariantCulture));
        yield return ("Fail on", SeverityNames.Name(settings.FailOn) + " and above"
            + (settings.FailOnUnknown ? "; unknown results fail too" : string.Empty)
            + (settings.SoftFail ? "; soft fail (the exit code ignores findings)" : string.Empty));
        yield return ("Required tags", ListOrNone(settings.Policies.RequiredTags, "none"));
        yield return ("Allowed regions", ListOrNone(settings.Policies.AllowedRegions, "any"));
        yield return ("Minimum log retention", settings.Policies.MinimumLogRetentionDays.ToString(CultureInfo.InvariantCulture) + " days");
        yield return ("Configuration file", settings.ConfigurationPath is { } configuration ? Relative(configuration, settings.Root) : "none");
        yield return ("Inline suppressions", settings.InlineSuppressions ? "honoured" : "ignored");
        yield return ("Other scanners' suppressions", settings.ForeignSuppressions ? "honoured" : "ignored");
        if (settings.SkippedPolicies.Length > 0)
        {
            yield return ("Skipped policies", string.Join(", ", settings.SkippedPolicies));
        }

        if (settings.EnabledPolicies.Length > 0)
        {
            yield return ("Only these policies", string.Join(", ", settings.EnabledPolicies));
        }

        if (settings.Excludes.Length > 0)
        {
            yield return ("Excluded paths", string.Join(", ", settings.Excludes));
        }

        if (settings.BaselinePath is { } baseline)
        {
            yield return ("Baseline", Relative(baseline, settings.Root) + $" ({report.BaselineMatches ?? 0} findings hidden)");
        }
    }

    public static string Label(ControlStatus status) => status switch
    {
        ControlStatus.Failed => "Failed",
        ControlStatus.PassedWithUnknowns => "Passed, with unknowns",
        ControlStatus.Passed => "Passed",
        _ => "No evidence",
    };

    /// <summary>The summary's column heading for a status.</summary>
    public static string Column(ControlStatus status) => status switch
    {
        ControlStatus.Failed => "With failures",
        ControlStatus.PassedWithUnknowns => "Passing, some unknown",
        ControlStatus.Passed => "All passing",
        _ => "No evidence (gaps)",
    };

    /// <summary>A CSS-safe name for a status (<c>failed</c>, <c>passed-with-unknowns</c>).</summary>
    public static string CssName(ControlStatus status) => status switch
    {
        ControlStatus.Failed => "failed",
        ControlStatus.PassedWithUnknowns => "passed-with-unknowns",
        ControlStatus.Passed => "passed",
        _ => "no-evidence",
    };

    public static string ControlTitle(ComplianceControl control) => control.TitleIsOurLabel ? control.Title + " (our label)" : control.Title;

    /// <summary><c>path:line</c> of a finding (relative to the root).</summary>
    public static string Location(Finding finding) =>
        $"{finding.Location.File?.Path ?? string.Empty}:{finding.Location.StartPosition.Line.ToString(CultureInfo.InvariantCulture)}";

    public static string Severity(PolicyMetadata policy, ScanSettings settings) =>
        SeverityNames.Name(settings.SeverityOverrides.TryGetValue(policy.Id, out var severity) || settings.SeverityOverrides.TryGetValue(policy.Name, out severity)
            ? severity
            : policy.Severity);

    /// <summary>What a suppressed finding would have been: <c>failed</c> or <c>unknown</c>.</summary>
    public static string OriginalStatus(Finding finding) => finding.OriginalStatus switch
    {
        ResultStatus.Unknown => "unknown",
        ResultStatus.Failed => "failed",
        var other => other.ToString().ToLowerInvariant(),
    };

    public static string Expiry(DateOnly? expires) => expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    public static string FrameworkAnchor(ComplianceFramework framework) => "framework-" + Slug(framework.Key);

    public static string ControlAnchor(ComplianceControl control) => "control-" + Slug(control.Framework) + "-" + Slug(control.Id);

    /// <summary>The gap note of a framework: the controls for which nothing passed or failed, or that there are none.</summary>
    public static string GapNote(FrameworkEvidence framework)
    {
        var gaps = framework.Gaps.Select(c => c.Control.Id).ToList();
        return gaps.Count == 0
            ? "Gaps: none. Every control listed has at least one passing or failing result."
            : $"Gaps: {gaps.Count} control{(gaps.Count == 1 ? string.Empty : "s")} with only unknown, not applicable or suppressed results (no resource passed or failed): {string.Join(", ", gaps)}.";
    }

    private static string ListOrNone(ImmutableArray<string> values, string none) => values.IsDefaultOrEmpty ? none : string.Join(", ", values);

    private static string Relative(string path, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path, root));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path, root) : relative).Replace('\\', '/');
    }

    /// <summary>Letters and digits kept, every other run of characters one hyphen: <c>164.312(a)(2)(iv)</c> gives <c>164-312-a-2-iv</c>.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
