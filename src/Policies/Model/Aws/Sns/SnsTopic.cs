using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sns;

/// <summary>An SNS topic and the KMS key that encrypts its messages at rest (missing: not encrypted).</summary>
public sealed record SnsTopic : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Name { get; init; }

    public required Value KmsMasterKeyId { get; init; }

    public string DisplayName => $"\"{Name.AsString() ?? Resource.Address}\"";
}
