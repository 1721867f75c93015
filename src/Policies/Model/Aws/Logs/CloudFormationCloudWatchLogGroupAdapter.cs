using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Logs;

/// <summary>
/// Builds <see cref="CloudWatchLogGroup"/> from CloudFormation's <c>AWS::Logs::LogGroup</c>. Left out,
/// <c>RetentionInDays</c> keeps events forever (0 in the model) and <c>KmsKeyId</c> leaves CloudWatch's own keys.
/// </summary>
public sealed class CloudFormationCloudWatchLogGroupAdapter : IModelAdapter<CloudWatchLogGroup>
{
    public ImmutableArray<CloudWatchLogGroup> Build(AdapterContext context) =>
        [.. context.Resources("AWS::Logs::LogGroup")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(group => new CloudWatchLogGroup
            {
                Resource = group,
                Name = group["LogGroupName"],
                KmsKeyId = Defaults.OrMissing(group["KmsKeyId"], group),
                RetentionInDays = Defaults.Or(group["RetentionInDays"], group, 0m),
            })];
}
