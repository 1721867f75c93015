using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Logs;

/// <summary>A CloudWatch Logs log group: its KMS key (missing when CloudWatch's own keys encrypt it) and retention.</summary>
public sealed record CloudWatchLogGroup : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The log group name (missing or unknown when generated).</summary>
    public required Value Name { get; init; }

    public required Value KmsKeyId { get; init; }

    /// <summary>Days events are kept; 0 (the default) keeps them forever.</summary>
    public required Value RetentionInDays { get; init; }

    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";
}
