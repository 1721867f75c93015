namespace PolicyScan.Parsers.Graph;

/// <summary>The input format a resource was read from.</summary>
public enum SourceFormat
{
    Terraform,
    TerraformPlan,
    CloudFormation,
    Arm,
}
