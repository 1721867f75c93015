using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>Which suppressions the scan honours: <c>--no-inline-suppressions</c>, <c>--no-foreign-suppressions</c>.</summary>
internal sealed class SuppressionSourceOptions : IScanOptionGroup
{
    private readonly Option<bool> noInline = new("--no-inline-suppressions")
    {
        Description = "Ignore suppressions written in the code (policyscan:ignore comments, CloudFormation Metadata, and Checkov, tfsec, Trivy and KICS comments); those in the configuration file still apply.",
    };

    private readonly Option<bool> noForeign = new("--no-foreign-suppressions")
    {
        Description = "Ignore Checkov, tfsec, Trivy and KICS suppressions (by default they apply to our equivalent policies).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(noInline);
        command.Options.Add(noForeign);
    }

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) => settings with
    {
        InlineSuppressions = parseResult.GetResult(noInline) is not null ? !parseResult.GetValue(noInline) : settings.InlineSuppressions,
        ForeignSuppressions = parseResult.GetResult(noForeign) is not null ? !parseResult.GetValue(noForeign) : settings.ForeignSuppressions,
    };
}
