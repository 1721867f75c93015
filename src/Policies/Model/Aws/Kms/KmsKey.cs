using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Kms;

/// <summary>
/// A customer-managed KMS key. Defaults (AWS provider): <c>enable_key_rotation</c> false,
/// <c>customer_master_key_spec</c> SYMMETRIC_DEFAULT, <c>key_usage</c> ENCRYPT_DECRYPT.
/// </summary>
public sealed record KmsKey : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value RotationEnabled { get; init; }

    public required Value KeySpec { get; init; }

    public required Value KeyUsage { get; init; }

    /// <summary>The custom key store (CloudHSM or external) holding the key; missing for keys in KMS itself.</summary>
    public required Value CustomKeyStoreId { get; init; }

    public string DisplayName => $"\"{Resource.Address}\"";
}
