namespace PolicyScan.Parsers.CloudFormation;

/// <summary>What a scan knows about the deployment of the templates it reads.</summary>
public sealed record CloudFormationOptions
{
    /// <summary>
    /// A parameters file, in either of the forms the AWS tools write: <c>[{"ParameterKey": .., "ParameterValue": ..}]</c>
    /// (the CLI's <c>--parameters file://</c>) or <c>{"Parameters": {"Name": "value"}}</c> (CodePipeline's template configuration).
    /// </summary>
    public string? ParameterFile { get; init; }

    /// <summary>Parameter values given directly; they win over the file.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The value of <c>AWS::Region</c>; unknown when null.</summary>
    public string? Region { get; init; }

    /// <summary>The value of <c>AWS::AccountId</c>; unknown when null.</summary>
    public string? AccountId { get; init; }

    /// <summary>Also read files that <c>.gitignore</c> ignores and tool directories (<c>.terraform</c>, <c>node_modules</c>, ...).</summary>
    public bool IncludeIgnored { get; init; }

    /// <summary>The directory users' paths are shown relative to.</summary>
    public string? DisplayRoot { get; init; }
}
