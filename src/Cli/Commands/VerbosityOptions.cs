using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary><c>--verbose</c> (unknowns, skipped files and why, informational diagnostics) and <c>--quiet</c> (only errors).</summary>
internal sealed class VerbosityOptions : IScanOptionGroup
{
    private readonly Option<bool> verbose = new("--verbose", "-v") { Description = "Also show unknown results, what was skipped and why, and informational diagnostics." };
    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "Print nothing but the requested outputs and errors." };

    public void AddTo(Command command)
    {
        command.Options.Add(verbose);
        command.Options.Add(quiet);
        command.Validators.Add(result =>
        {
            if (result.GetValue(verbose) && result.GetValue(quiet))
            {
                result.AddError("--verbose and --quiet cannot be used together");
            }
        });
    }

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) => settings with
    {
        Verbose = parseResult.GetValue(verbose) || settings.Verbose,
        Quiet = parseResult.GetValue(quiet) || settings.Quiet,
    };
}
