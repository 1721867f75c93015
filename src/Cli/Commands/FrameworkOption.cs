using System.CommandLine;
using PolicyScan.Cli.Scanning;
using PolicyScan.Policies.Compliance;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--framework KEY|all</c>: which compliance framework the evidence report (<c>--format report</c> or
/// <c>report-html</c>) covers. The keys are the compliance catalogue's (<c>hipaa</c>, <c>gdpr</c>, <c>nis2</c>,
/// <c>nist-ai-rmf</c>, <c>iso27001</c>, <c>aws-fsbp</c>, <c>aws-aisbp</c>, <c>mcsb</c>).
/// </summary>
internal sealed class FrameworkOption : IScanOptionGroup
{
    private readonly Option<string> framework = new("--framework")
    {
        Description = $"The compliance framework the evidence report covers: {string.Join(", ", Keys)} (default all).",
    };

    public FrameworkOption()
    {
        framework.AcceptOnlyFromAmong(Keys);
    }

    private static string[] Keys => [.. ComplianceControls.Frameworks.Select(f => f.Key), ScanSettings.AllFrameworks];

    public void AddTo(Command command) => command.Options.Add(framework);

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) =>
        parseResult.GetValue(framework) is { Length: > 0 } key ? settings with { ReportFramework = key } : settings;
}
