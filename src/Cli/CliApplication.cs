using System.CommandLine;
using PolicyScan.Cli.Commands;

namespace PolicyScan.Cli;

/// <summary>Builds the command tree and runs it; separated from Program so tests can run it in process.</summary>
public static class CliApplication
{
    public const string ExitCodeHelp = """
        Exit codes:
          0  no failing findings at or above the threshold, and every input was read
          1  failing findings at or above the threshold
          2  usage or configuration error
          3  some input could not be parsed (and nothing failed)
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand($"""
            PolicyScan: a static policy analyzer for infrastructure as code (Terraform, plans, CloudFormation, ARM).

            Examples:
              policyscan scan infra/
              policyscan scan infra/ --format sarif --output results.sarif --format text
              policyscan explain PS-AWS-S3-001
              policyscan graph infra/ --format mermaid

            {ExitCodeHelp}
            """)
        {
            ScanCommand.Create(stdout, stderr),
            GraphCommand.Create(stdout, stderr),
            ListPoliciesCommand.Create(stdout),
            ExplainCommand.Create(stdout, stderr),
        };
        VersionAction.Attach(root, stdout);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"policyscan: {error.Message}");
            }

            stderr.WriteLine("Run 'policyscan --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
