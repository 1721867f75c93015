using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// Which policies run and how the configurable ones are configured: <c>--policy</c>, <c>--skip-policy</c>,
/// <c>--required-tag</c>, <c>--allowed-region</c>, <c>--min-log-retention-days</c>.
/// </summary>
internal sealed class PolicySettingsOptions : IScanOptionGroup
{
    private readonly Option<string[]> only = new("--policy") { Description = "Run only this policy (id or name); repeatable." };
    private readonly Option<string[]> skip = new("--skip-policy") { Description = "Do not run this policy (id or name); repeatable." };
    private readonly Option<string[]> requiredTags = new("--required-tag") { Description = "A tag every taggable resource must carry (repeatable); enables the required-tags policy." };
    private readonly Option<string[]> allowedRegions = new("--allowed-region") { Description = "A region resources may be deployed to (repeatable); enables the data-residency policy." };
    private readonly Option<int?> retention = new("--min-log-retention-days") { Description = "The shortest acceptable log retention in days (default 365; HIPAA documentation is kept six years: 2192)." };

    public void AddTo(Command command)
    {
        command.Options.Add(only);
        command.Options.Add(skip);
        command.Options.Add(requiredTags);
        command.Options.Add(allowedRegions);
        command.Options.Add(retention);
    }

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings)
    {
        var policies = settings.Policies;
        if (parseResult.GetValue(requiredTags) is { Length: > 0 } tags)
        {
            policies = policies with { RequiredTags = [.. tags] };
        }

        if (parseResult.GetValue(allowedRegions) is { Length: > 0 } regions)
        {
            policies = policies with { AllowedRegions = [.. regions] };
        }

        if (parseResult.GetValue(retention) is { } days)
        {
            policies = policies with { MinimumLogRetentionDays = days };
        }

        return settings with
        {
            Policies = policies,
            EnabledPolicies = parseResult.GetValue(only) is { Length: > 0 } enabled ? [.. enabled] : settings.EnabledPolicies,
            SkippedPolicies = [.. settings.SkippedPolicies, .. parseResult.GetValue(skip) ?? []],
        };
    }
}
