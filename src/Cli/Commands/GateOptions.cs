using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>What makes the scan fail: <c>--fail-on</c>, <c>--fail-on-unknown</c>, <c>--soft-fail</c>.</summary>
internal sealed class GateOptions : IScanOptionGroup
{
    private readonly Option<string> failOn = new("--fail-on") { Description = "Exit with 1 when a finding at or above this severity fails (default low)." };
    private readonly Option<bool> failOnUnknown = new("--fail-on-unknown") { Description = "Unknown results (values known only at deployment) at or above the threshold fail too: a strict gate." };
    private readonly Option<bool> softFail = new("--soft-fail") { Description = "Always exit 0 once the scan ran, whatever was found (usage errors still exit 2)." };

    public GateOptions()
    {
        failOn.AcceptOnlyFromAmong(SeverityNames.All);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(failOn);
        command.Options.Add(failOnUnknown);
        command.Options.Add(softFail);
    }

    // A switch has an implicit result even when not given; only a given one may override the configuration file.
    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) => settings with
    {
        FailOn = parseResult.GetResult(failOn) is { Implicit: false } ? SeverityNames.Parse(parseResult.GetValue(failOn) ?? "low") : settings.FailOn,
        FailOnUnknown = parseResult.GetResult(failOnUnknown) is { Implicit: false } ? parseResult.GetValue(failOnUnknown) : settings.FailOnUnknown,
        SoftFail = parseResult.GetResult(softFail) is { Implicit: false } ? parseResult.GetValue(softFail) : settings.SoftFail,
    };
}
