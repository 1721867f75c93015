using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>
/// CloudFormation's pseudo parameters. Region and account come from the options when given; the partition and URL
/// suffix follow from the region (the commercial ones when it is not known); stack identity is known only at
/// deployment. <c>AWS::NoValue</c> is handled by the evaluator, since it removes the property rather than being a value.
/// </summary>
public static class PseudoParameters
{
    public const string NoValue = "AWS::NoValue";

    public static bool TryGet(string name, CloudFormationOptions options, SourceRange range, out Value value)
    {
        value = name switch
        {
            "AWS::Region" => Known(options.Region, "the region is known only at deployment (see --region)", range),
            "AWS::AccountId" => options.AccountId is { } account
                ? new StringValue(account, range)
                // Unknown, but one account, the stack's own: the reference lets a policy tell it from an unset parameter
                // (a principal built from it names that account, not everyone).
                : new UnknownValue("the account is known only at deployment (see --account-id)", range, [new ReferenceTarget(name, null)]),
            "AWS::Partition" => new StringValue(PartitionOf(options.Region), range),
            "AWS::URLSuffix" => new StringValue(options.Region?.StartsWith("cn-", StringComparison.Ordinal) == true ? "amazonaws.com.cn" : "amazonaws.com", range),
            "AWS::StackName" or "AWS::StackId" => new UnknownValue($"{name} is known only at deployment", range),
            "AWS::NotificationARNs" => new UnknownValue("the notification ARNs are given at deployment", range),
            _ => null!,
        };
        return value is not null;
    }

    private static Value Known(string? text, string reason, SourceRange range) =>
        text is null ? new UnknownValue(reason, range) : new StringValue(text, range);

    private static string PartitionOf(string? region) =>
        region is null ? "aws"
        : region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";
}
