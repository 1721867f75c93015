using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Config;

/// <summary>
/// An AWS Config configuration recorder with what it records and whether it was started. Left out, the recording
/// group records every supported regional type (<c>all_supported</c> true) but not the global IAM types
/// (<c>include_global_resource_types</c> false), as the AWS provider and the Config API document.
/// </summary>
public sealed record ConfigRecorder : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The recorder name ("default" when left out).</summary>
    public required Value Name { get; init; }

    /// <summary>Whether every supported regional resource type is recorded (true by default).</summary>
    public required Value AllSupported { get; init; }

    /// <summary>Whether the global resource types (IAM users, groups, roles, policies) are recorded too (false by default).</summary>
    public required Value IncludeGlobalResourceTypes { get; init; }

    /// <summary>The <c>is_enabled</c> of every <c>aws_config_configuration_recorder_status</c> linked to the recorder.</summary>
    public required ImmutableArray<Value> Started { get; init; }
}
