using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sqs;

/// <summary>An SQS queue and how its messages are encrypted at rest.</summary>
public sealed record SqsQueue : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Name { get; init; }

    /// <summary>The KMS key for SSE-KMS; missing when not written.</summary>
    public required Value KmsMasterKeyId { get; init; }

    /// <summary>
    /// <c>sqs_managed_sse_enabled</c>. Not written (and no KMS key), it is defaulted to true: since October 2022 SQS
    /// encrypts new queues with SSE-SQS unless told otherwise, and the provider leaves the attribute to AWS.
    /// </summary>
    public required Value SqsManagedSseEnabled { get; init; }

    public string DisplayName => $"\"{Name.AsString() ?? Resource.Address}\"";
}
