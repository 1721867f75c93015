using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Logs;

/// <summary>Builds <see cref="CloudWatchLogGroup"/> from Terraform's <c>aws_cloudwatch_log_group</c>.</summary>
public sealed class TerraformCloudWatchLogGroupAdapter : IModelAdapter<CloudWatchLogGroup>
{
    public ImmutableArray<CloudWatchLogGroup> Build(AdapterContext context) =>
        [.. context.Resources("aws_cloudwatch_log_group")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(group => new CloudWatchLogGroup
            {
                Resource = group,
                Name = group["name"],
                KmsKeyId = Defaults.OrMissing(group["kms_key_id"], group),
                RetentionInDays = Defaults.Or(group["retention_in_days"], group, 0m),
            })];
}
