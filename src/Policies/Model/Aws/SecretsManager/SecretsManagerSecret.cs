using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SecretsManager;

/// <summary>
/// A Secrets Manager secret: its KMS key (missing means the AWS-managed <c>aws/secretsmanager</c>) and the rotation
/// configured for it, by linked <c>aws_secretsmanager_secret_rotation</c> resources or the inline
/// <c>rotation_rules</c> of provider versions before 5.
/// </summary>
public sealed record SecretsManagerSecret : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Name { get; init; }

    public required Value KmsKeyId { get; init; }

    /// <summary>The rotation resources and inline rotation rules of the secret; empty when it never rotates.</summary>
    public required ImmutableArray<Value> Rotations { get; init; }

    /// <summary>
    /// The <c>secret_id</c> of rotation resources of the same configuration that is known only after apply and refers
    /// to no other secret: any of them may rotate this one.
    /// </summary>
    public required ImmutableArray<Value> PossibleRotations { get; init; }

    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";
}
