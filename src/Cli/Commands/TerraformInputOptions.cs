using System.CommandLine;

namespace PolicyScan.Cli.Commands;

/// <summary>The options that give Terraform variable values, shared by every command that reads Terraform.</summary>
internal sealed class TerraformInputOptions
{
    public Option<string[]> VariableFiles { get; } = new("--var-file")
    {
        Description = "A Terraform variables file (.tfvars or .tfvars.json) for the root modules; repeatable, later files win.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Variables { get; } = new("--var")
    {
        Description = "A Terraform variable value NAME=VALUE for the root modules; repeatable, wins over files.",
    };

    public Parsers.Terraform.Evaluation.TerraformOptions ToOptions(ParseResult parseResult) => new()
    {
        VariableFiles = parseResult.GetValue(VariableFiles) ?? [],
        Variables = parseResult.GetValue(Variables) ?? [],
    };

    public void AddTo(Command command)
    {
        command.Options.Add(VariableFiles);
        command.Options.Add(Variables);
    }
}
