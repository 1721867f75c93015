using System.CommandLine;
using PolicyScan.Policies.Documentation;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan explain ID</c>: what a policy checks, why, how to fix it, and its compliance references.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A policy id or name (PS-AWS-S3-001 or s3-bucket-public-acl)." };
        var command = new Command("explain", """
            Explain a policy: what it checks, why it matters, how to fix a failure, its compliance references and the
            equivalent checks of other scanners.

            Examples:
              policyscan explain PS-AWS-S3-001
              policyscan explain s3-bucket-public-acl
            """) { id };
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(id) ?? string.Empty;
            if (PolicyCatalog.Find(wanted) is not { } policy)
            {
                stderr.WriteLine($"policyscan: there is no policy \"{wanted}\"; 'policyscan list-policies' lists them");
                return ExitCodes.UsageError;
            }

            stdout.Write(PolicyDocumentation.Render(policy.Metadata));
            return ExitCodes.Success;
        });
        return command;
    }
}
