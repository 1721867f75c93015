using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>
/// Builds <see cref="CloudTrailTrail"/> from CloudFormation's <c>AWS::CloudTrail::Trail</c>. Documented defaults:
/// <c>IsMultiRegionTrail</c> false, <c>EnableLogFileValidation</c> false, <c>ReadWriteType</c> All. <c>IsLogging</c>
/// is required by CloudFormation, so a trail without it is unknown (the stack cannot be created) rather than defaulted.
/// </summary>
public sealed class CloudFormationCloudTrailAdapter : IModelAdapter<CloudTrailTrail>
{
    public ImmutableArray<CloudTrailTrail> Build(AdapterContext context) =>
        [.. context.Resources("AWS::CloudTrail::Trail")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(trail => new CloudTrailTrail
            {
                Resource = trail,
                Name = trail["TrailName"],
                Logging = trail["IsLogging"].IsAbsent
                    ? new UnknownValue("IsLogging is required by CloudFormation and not set: the stack cannot be created as written", trail.DeclarationRange)
                    : trail["IsLogging"],
                MultiRegion = Defaults.Or(trail["IsMultiRegionTrail"], trail, false),
                LogFileValidation = Defaults.Or(trail["EnableLogFileValidation"], trail, false),
                KmsKeyId = Defaults.OrMissing(trail["KMSKeyId"], trail),
                CloudWatchLogsGroupArn = Defaults.OrMissing(trail["CloudWatchLogsLogGroupArn"], trail),
                EventSelectors = [.. trail["EventSelectors"].Elements.Select(selector => new CloudTrailEventSelector(
                    Defaults.Or(selector["ReadWriteType"], trail, "All"),
                    [.. selector["DataResources"].Elements.Select(d => new CloudTrailDataResource(d["Type"], d["Values"], d.Range))],
                    selector.Range))],
                AdvancedEventSelectors = [.. trail["AdvancedEventSelectors"].Elements.Select(selector => new CloudTrailAdvancedEventSelector(
                    [.. selector["FieldSelectors"].Elements.Select(f => new CloudTrailFieldSelector(
                        f["Field"], f["Equals"], f["StartsWith"], f["NotEquals"], f["NotStartsWith"], f["EndsWith"], f["NotEndsWith"]))],
                    selector.Range))],
            })];
}
