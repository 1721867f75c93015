using System.CommandLine;

namespace PolicyScan.Cli;

/// <summary>Builds the command tree and runs it; separated from Program so tests can run it in process.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PolicyScan: a static policy analyzer for infrastructure as code.");
        var parseResult = root.Parse(args);
        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
