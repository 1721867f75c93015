using System.Collections.Immutable;
using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.TerraformPlan;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Cli.Scanning;

/// <summary>
/// Everything one scan needs, from the command line and the configuration file (the command line wins). Immutable, so
/// each stage of <see cref="ScanPipeline"/> reads the same settings.
/// </summary>
internal sealed record ScanSettings
{
    /// <summary>Files and directories to read; the current directory when none are given.</summary>
    public ImmutableArray<string> Paths { get; init; } = [];

    /// <summary>The directory paths are shown relative to (the current directory).</summary>
    public string Root { get; init; } = Environment.CurrentDirectory;

    public TerraformOptions Terraform { get; init; } = new();

    public CloudFormationOptions CloudFormation { get; init; } = new();

    public PlanOptions Plan { get; init; } = new();

    public PolicySettings Policies { get; init; } = PolicySettings.Default;

    /// <summary>Policies (ids or names) not to run.</summary>
    public ImmutableArray<string> SkippedPolicies { get; init; } = [];

    /// <summary>When not empty, only these policies (ids or names) run.</summary>
    public ImmutableArray<string> EnabledPolicies { get; init; } = [];

    /// <summary>Severities the configuration gives policies (by id or name) instead of their own.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<string, Severity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Glob patterns (relative to <see cref="Root"/>) of files whose findings are dropped.</summary>
    public ImmutableArray<string> Excludes { get; init; } = [];

    public bool InlineSuppressions { get; init; } = true;

    public bool ForeignSuppressions { get; init; } = true;

    public ImmutableArray<SuppressionRule> ConfiguredSuppressions { get; init; } = [];

    /// <summary>The day suppressions' expiry dates are judged against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public Severity FailOn { get; init; } = Severity.Low;

    /// <summary>Unknown results at or above the threshold fail the gate too.</summary>
    public bool FailOnUnknown { get; init; }

    /// <summary>Always exit 0 once the scan ran (usage errors still exit 2).</summary>
    public bool SoftFail { get; init; }

    /// <summary>Report only findings whose fingerprints this baseline file does not hold.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Write the current failures' fingerprints to this file.</summary>
    public string? CreateBaselinePath { get; init; }

    public bool Verbose { get; init; }

    /// <summary>The text output gives one line per finding (<c>--compact</c>).</summary>
    public bool CompactText { get; init; }

    /// <summary>Also read gitignored files and tool directories (<c>--include-ignored</c>).</summary>
    public bool IncludeIgnored { get; init; }

    public bool Quiet { get; init; }

    /// <summary>
    /// The framework the compliance evidence report covers (a key of the compliance catalogue: <c>hipaa</c>, <c>gdpr</c>,
    /// ...), or <c>all</c>.
    /// </summary>
    public string ReportFramework { get; init; } = AllFrameworks;

    /// <summary>The <see cref="ReportFramework"/> that stands for every framework.</summary>
    public const string AllFrameworks = "all";

    /// <summary>The configuration file that was read, if any (shown in reports).</summary>
    public string? ConfigurationPath { get; init; }
}
