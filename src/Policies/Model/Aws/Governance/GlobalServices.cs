namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// AWS global services: a single endpoint, no region for their resources. After AWS's IAM user guide ("popular AWS
/// global services": CloudFront, IAM, Route 53, Support, Budgets, Global Accelerator, Organizations, WAF Classic),
/// with the prefix of their resource types in Terraform and in CloudFormation (null where the format has no such type).
/// </summary>
public static class GlobalServices
{
    public static readonly IReadOnlyList<(string Service, string TerraformPrefix, string? CloudFormationPrefix)> All =
    [
        ("IAM", "aws_iam_", "AWS::IAM::"),
        ("CloudFront", "aws_cloudfront_", "AWS::CloudFront::"),
        ("Route 53", "aws_route53_", "AWS::Route53::"),
        ("Route 53 Domains", "aws_route53domains_", null),
        ("Budgets", "aws_budgets_", "AWS::Budgets::"),
        ("Global Accelerator", "aws_globalaccelerator_", "AWS::GlobalAccelerator::"),
        ("Organizations", "aws_organizations_", "AWS::Organizations::"),
        ("WAF Classic", "aws_waf_", "AWS::WAF::"),
    ];

    /// <summary>
    /// The global service of a Terraform type, or null. Route 53 Resolver is regional: <c>aws_route53_resolver_</c>
    /// would otherwise match Route 53. (CloudFormation names it <c>AWS::Route53Resolver::</c>, which does not.)
    /// </summary>
    public static string? OfTerraformType(string type) =>
        type.StartsWith("aws_route53_resolver_", StringComparison.Ordinal)
            ? null
            : All.FirstOrDefault(s => type.StartsWith(s.TerraformPrefix, StringComparison.Ordinal)).Service;

    /// <summary>The global service of a CloudFormation type (<c>AWS::IAM::Role</c> is IAM), or null.</summary>
    public static string? OfCloudFormationType(string type) =>
        All.FirstOrDefault(s => s.CloudFormationPrefix is { } prefix && type.StartsWith(prefix, StringComparison.Ordinal)).Service;
}
