using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Config;

/// <summary>
/// Builds <see cref="ConfigRecorder"/> from CloudFormation's <c>AWS::Config::ConfigurationRecorder</c>. Left out, the
/// <c>RecordingGroup</c> records every supported regional type but not the global IAM types (AllSupported true,
/// IncludeGlobalResourceTypes false). CloudFormation has no recorder status resource: it starts the recorder itself
/// once the delivery channel exists, so the recorder counts as started (located at its logical id).
/// </summary>
public sealed class CloudFormationConfigRecorderAdapter : IModelAdapter<ConfigRecorder>
{
    public ImmutableArray<ConfigRecorder> Build(AdapterContext context) =>
        [.. context.Resources("AWS::Config::ConfigurationRecorder")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(recorder =>
            {
                var group = recorder["RecordingGroup"];
                return new ConfigRecorder
                {
                    Resource = recorder,
                    Name = recorder["Name"],
                    AllSupported = Defaults.Or(group["AllSupported"], recorder, true),
                    IncludeGlobalResourceTypes = Defaults.Or(group["IncludeGlobalResourceTypes"], recorder, false),
                    Started = [new BoolValue(true, recorder.DeclarationRange, ValueOrigin.Defaulted)],
                };
            })];
}
