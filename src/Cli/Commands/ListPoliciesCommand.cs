using System.CommandLine;
using PolicyScan.Cli.Output;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan list-policies [--format json]</c>.</summary>
internal static class ListPoliciesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list-policies", """
            List the built-in policies: id, severity, name and title (text), or every field (json).

            Examples:
              policyscan list-policies
              policyscan list-policies --format json > policies.json
            """) { format };
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(format) == "json")
            {
                PolicyListWriter.WriteJson(stdout, PolicyCatalog.BuiltInPolicies);
            }
            else
            {
                PolicyListWriter.WriteText(stdout, PolicyCatalog.BuiltInPolicies);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
