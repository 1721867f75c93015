using PolicyScan.Parsers.Graph;

namespace PolicyScan.Cli.Scanning;

/// <summary>How outputs name input formats.</summary>
internal static class FormatNames
{
    public const string Terraform = "terraform";
    public const string CloudFormation = "cloudformation";

    public static string Of(SourceFormat format) => format switch
    {
        SourceFormat.Terraform => Terraform,
        SourceFormat.CloudFormation => CloudFormation,
        _ => format.ToString().ToLowerInvariant(),
    };
}
