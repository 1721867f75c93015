using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--root DIR</c>: the directory paths in every output are relative to (SARIF's <c>%SRCROOT%</c>), where the
/// configuration file is looked for, and what excludes and suppression paths are matched against. Default: the
/// current directory, which in CI is the repository's root.
/// </summary>
internal sealed class RootOption : IScanOptionGroup
{
    private readonly Option<string> root = new("--root") { Description = "Paths in outputs are relative to this directory (default: the current directory)." };

    public void AddTo(Command command) => command.Options.Add(root);

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) =>
        parseResult.GetValue(root) is { Length: > 0 } directory ? settings with { Root = Path.GetFullPath(directory) } : settings;
}
