using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>
/// A CloudTrail trail. Attributes left out carry the AWS provider's defaults (located at the trail's header):
/// <c>enable_logging</c> true, <c>is_multi_region_trail</c> false, <c>enable_log_file_validation</c> false.
/// </summary>
public sealed record CloudTrailTrail : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The trail name (missing or unknown when not written literally).</summary>
    public required Value Name { get; init; }

    /// <summary>Whether the trail records events (<c>enable_logging</c>, true by default).</summary>
    public required Value Logging { get; init; }

    /// <summary>Whether the trail covers every Region (<c>is_multi_region_trail</c>, false by default).</summary>
    public required Value MultiRegion { get; init; }

    /// <summary>Whether digest files are written for log file integrity validation (false by default).</summary>
    public required Value LogFileValidation { get; init; }

    /// <summary>The KMS key encrypting the log files; missing when they are only SSE-S3 encrypted.</summary>
    public required Value KmsKeyId { get; init; }

    /// <summary>The CloudWatch Logs log group events are delivered to; missing when there is none.</summary>
    public required Value CloudWatchLogsGroupArn { get; init; }

    /// <summary>Basic event selectors (<c>event_selector</c> blocks).</summary>
    public required ImmutableArray<CloudTrailEventSelector> EventSelectors { get; init; }

    /// <summary>Advanced event selectors (<c>advanced_event_selector</c> blocks).</summary>
    public required ImmutableArray<CloudTrailAdvancedEventSelector> AdvancedEventSelectors { get; init; }

    /// <summary>How messages name the trail: its literal name, or its address.</summary>
    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";
}
