using System.CommandLine;
using System.CommandLine.Invocation;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>policyscan --version</c>: the name and the version that reports state (<see cref="ToolVersion.Tool"/>), instead of
/// the default informational version with its build metadata, so what a user quotes matches their reports.
/// </summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine($"policyscan {ToolVersion.Tool}");
        return ExitCodes.Success;
    }

    /// <summary>Gives the root command's built-in <c>--version</c> option this action.</summary>
    public static void Attach(RootCommand root, TextWriter stdout)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction(stdout);
        }
    }
}
