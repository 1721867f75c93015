using System.CommandLine;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Cli.Commands;

/// <summary>The options for Terraform plans (<c>terraform show -json</c> output), shared by the commands that read inputs.</summary>
internal sealed class PlanInputOptions
{
    public Option<string> Scope { get; } = new("--plan-scope")
    {
        Description = "Which resources of a plan are judged: all (what exists after apply; default) or changed (created, updated or replaced). Deleted resources never are.",
        DefaultValueFactory = _ => "all",
    };

    public Option<string?> Source { get; } = new("--plan-source")
    {
        Description = "The root module directory of the plan's configuration, to locate findings in the .tf files (default: the plan's own directory).",
    };

    public PlanInputOptions()
    {
        Scope.AcceptOnlyFromAmong("all", "changed");
    }

    public PlanOptions ToOptions(ParseResult parseResult) => new()
    {
        Scope = parseResult.GetValue(Scope) == "changed" ? PlanScope.Changed : PlanScope.All,
        SourceDirectory = parseResult.GetValue(Source) is { Length: > 0 } directory ? Path.GetFullPath(directory) : null,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Scope);
        command.Options.Add(Source);
    }
}
