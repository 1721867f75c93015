using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Cli.Commands;

/// <summary>Reads the inputs of a command into one resource graph (Terraform now; plans, CloudFormation and ARM join here).</summary>
internal static class InputReader
{
    public static ResourceGraph Read(IReadOnlyList<string> paths, TerraformOptions options) =>
        TerraformScanner.Scan(paths.Count > 0 ? paths : ["."], options);
}
