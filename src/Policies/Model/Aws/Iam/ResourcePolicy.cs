using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// A resource-based policy of a KMS key, SQS queue, SNS topic, ECR repository or Secrets Manager secret, written in
/// the resource itself (<c>aws_kms_key.policy</c>) or in its split policy resource (<c>aws_sqs_queue_policy</c>).
/// <see cref="Resource"/> is the resource that holds the document.
/// </summary>
public sealed record ResourcePolicy : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The kind of resource the policy protects, for messages: "KMS key", "SQS queue", ...</summary>
    public required string Kind { get; init; }

    /// <summary>The protected resource as messages name it: its address when linked by reference, its written name or URL, or the holder's address.</summary>
    public required string Target { get; init; }

    public required PolicyDocument Document { get; init; }
}
