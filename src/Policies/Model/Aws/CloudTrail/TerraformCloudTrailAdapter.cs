using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>Builds <see cref="CloudTrailTrail"/> from Terraform's <c>aws_cloudtrail</c>.</summary>
public sealed class TerraformCloudTrailAdapter : IModelAdapter<CloudTrailTrail>
{
    public ImmutableArray<CloudTrailTrail> Build(AdapterContext context) =>
        [.. context.Resources("aws_cloudtrail")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(trail => new CloudTrailTrail
            {
                Resource = trail,
                Name = trail["name"],
                Logging = Defaults.Or(trail["enable_logging"], trail, true),
                MultiRegion = Defaults.Or(trail["is_multi_region_trail"], trail, false),
                LogFileValidation = Defaults.Or(trail["enable_log_file_validation"], trail, false),
                KmsKeyId = Defaults.OrMissing(trail["kms_key_id"], trail),
                CloudWatchLogsGroupArn = Defaults.OrMissing(trail["cloud_watch_logs_group_arn"], trail),
                EventSelectors = [.. trail["event_selector"].AsBlocks().Select(selector => new CloudTrailEventSelector(
                    Defaults.Or(selector["read_write_type"], trail, "All"),
                    [.. selector["data_resource"].AsBlocks().Select(d => new CloudTrailDataResource(d["type"], d["values"], d.Range))],
                    selector.Range))],
                AdvancedEventSelectors = [.. trail["advanced_event_selector"].AsBlocks().Select(selector => new CloudTrailAdvancedEventSelector(
                    [.. selector["field_selector"].AsBlocks().Select(f => new CloudTrailFieldSelector(
                        f["field"], f["equals"], f["starts_with"], f["not_equals"], f["not_starts_with"], f["ends_with"], f["not_ends_with"]))],
                    selector.Range))],
            })];
}
