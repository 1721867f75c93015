using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Config;

/// <summary>
/// Builds <see cref="ConfigRecorder"/> from Terraform's <c>aws_config_configuration_recorder</c> and the
/// <c>aws_config_configuration_recorder_status</c> resources that start it (linked by reference or by name).
/// </summary>
public sealed class TerraformConfigRecorderAdapter : IModelAdapter<ConfigRecorder>
{
    public ImmutableArray<ConfigRecorder> Build(AdapterContext context) =>
        [.. context.Resources("aws_config_configuration_recorder")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(recorder =>
            {
                var name = Defaults.Or(recorder["name"], recorder, "default");
                var group = recorder["recording_group"].AsBlocks().FirstOrDefault();
                return new ConfigRecorder
                {
                    Resource = recorder,
                    Name = name,
                    AllSupported = group is null ? Defaults.Or(new MissingValue(recorder.Range), recorder, true) : Defaults.Or(group["all_supported"], recorder, true),
                    IncludeGlobalResourceTypes = group is null
                        ? Defaults.Or(new MissingValue(recorder.Range), recorder, false)
                        : Defaults.Or(group["include_global_resource_types"], recorder, false),
                    Started = [.. context.Links.To(recorder, "aws_config_configuration_recorder_status", "name", name)
                        .Select(status => Defaults.OrMissing(status["is_enabled"], status))],
                };
            })];
}
