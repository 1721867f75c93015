using System.CommandLine;
using PolicyScan.Parsers.CloudFormation;

namespace PolicyScan.Cli.Commands;

/// <summary>The options that give CloudFormation parameter and pseudo parameter values, shared by every command that reads templates.</summary>
internal sealed class CloudFormationInputOptions
{
    public Option<string?> ParameterFile { get; } = new("--parameter-file")
    {
        Description = "A CloudFormation parameters file: [{\"ParameterKey\": .., \"ParameterValue\": ..}] or {\"Parameters\": {..}}.",
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The AWS region CloudFormation templates deploy to (the value of AWS::Region; unknown otherwise).",
    };

    public Option<string?> AccountId { get; } = new("--account-id")
    {
        Description = "The AWS account CloudFormation templates deploy to (the value of AWS::AccountId; unknown otherwise).",
    };

    public CloudFormationOptions ToOptions(ParseResult parseResult) => new()
    {
        ParameterFile = parseResult.GetValue(ParameterFile),
        Region = parseResult.GetValue(Region),
        AccountId = parseResult.GetValue(AccountId),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ParameterFile);
        command.Options.Add(Region);
        command.Options.Add(AccountId);
    }
}
