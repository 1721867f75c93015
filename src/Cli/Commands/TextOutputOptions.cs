using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary><c>--compact</c>: the text output as one line per finding (<c>path:line:column: SEVERITY ID message [resource]</c>).</summary>
internal sealed class TextOutputOptions : IScanOptionGroup
{
    private readonly Option<bool> compact = new("--compact") { Description = "Text output: one line per finding (path:line:column: SEVERITY ID message [resource]) and a one-line summary." };

    public void AddTo(Command command) => command.Options.Add(compact);

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) =>
        parseResult.GetValue(compact) ? settings with { CompactText = true } : settings;
}
