using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Cli.Commands;

/// <summary>Reads the inputs of a command into one resource graph: Terraform and CloudFormation (plans and ARM join here).</summary>
internal static class InputReader
{
    public static ResourceGraph Read(IReadOnlyList<string> paths, TerraformOptions terraform, CloudFormationOptions cloudFormation)
    {
        IReadOnlyList<string> inputs = paths.Count > 0 ? paths : ["."];
        var graph = TerraformScanner.Scan(inputs, terraform);

        // A path that does not exist is reported once, by the Terraform scan.
        var existing = inputs.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        return graph.Merge(CloudFormationScanner.Scan(existing, cloudFormation with { DisplayRoot = cloudFormation.DisplayRoot ?? terraform.DisplayRoot }));
    }
}
