using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Policies.Tests.Fixtures;

/// <summary>Reads a fixture directory with the front end of its format.</summary>
public static class FixtureScanner
{
    /// <summary>The folder name of each format under a policy's fixture folder.</summary>
    public static string FolderOf(SourceFormat format) => format switch
    {
        SourceFormat.Terraform => "terraform",
        SourceFormat.TerraformPlan => "plan",
        SourceFormat.CloudFormation => "cloudformation",
        _ => "arm",
    };

    /// <summary>Scans <paramref name="directory"/>; <paramref name="region"/> is the CloudFormation stack's region (<c>--region</c>).</summary>
    public static ResourceGraph Scan(SourceFormat format, string directory, string? region = null) => format switch
    {
        SourceFormat.Terraform => TerraformScanner.Scan([directory], new TerraformOptions
        {
            DisplayRoot = directory,
            Environment = new Dictionary<string, string>(),
        }),
        SourceFormat.CloudFormation => CloudFormationScanner.Scan([directory], new CloudFormationOptions { DisplayRoot = directory, Region = region }),

        // A plan folder may hold the configuration beside the plan; its findings are then located in the .tf files.
        SourceFormat.TerraformPlan => PlanScanner.Scan([directory], new PlanOptions { DisplayRoot = directory }).Graph,
        _ => throw new NotSupportedException($"no front end for {format} fixtures yet"),
    };
}
