using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--include-ignored</c>: a directory scan normally honours <c>.gitignore</c> and skips tool directories
/// (<c>.git</c>, <c>.terraform</c>, <c>node_modules</c>, ...); this reads them too. Paths named on the command line are
/// read either way.
/// </summary>
internal sealed class IgnoredFilesOptions : IScanOptionGroup
{
    private readonly Option<bool> includeIgnored = new("--include-ignored") { Description = "Also read files that .gitignore ignores and tool directories (.git, .terraform, node_modules, .terragrunt-cache, .aws-sam, cdk.out)." };

    public Option<bool> Option => includeIgnored;

    public void AddTo(Command command) => command.Options.Add(includeIgnored);

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) =>
        parseResult.GetValue(includeIgnored) ? settings with { IncludeIgnored = true } : settings;
}
