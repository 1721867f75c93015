using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// A group of <c>scan</c> options for one concern (gate, policy selection, suppressions, baseline, ...). Groups apply
/// in order over settings that already hold the configuration file's values, and change a setting only when its flag
/// was given, so the command line wins over the file.
/// </summary>
internal interface IScanOptionGroup
{
    void AddTo(Command command);

    ScanSettings Apply(ParseResult parseResult, ScanSettings settings);
}
