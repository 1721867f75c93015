using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Kms;

/// <summary>
/// Builds <see cref="KmsKey"/> from CloudFormation's <c>AWS::KMS::Key</c>. Documented defaults: <c>EnableKeyRotation</c>
/// false, <c>KeySpec</c> SYMMETRIC_DEFAULT, <c>KeyUsage</c> ENCRYPT_DECRYPT. The resource type cannot place a key in a
/// custom key store, so that is always missing.
/// </summary>
public sealed class CloudFormationKmsKeyAdapter : IModelAdapter<KmsKey>
{
    public ImmutableArray<KmsKey> Build(AdapterContext context) =>
        [.. context.Resources("AWS::KMS::Key")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(key => new KmsKey
            {
                Resource = key,
                RotationEnabled = Defaults.Or(key["EnableKeyRotation"], key, false),
                KeySpec = Defaults.Or(key["KeySpec"], key, "SYMMETRIC_DEFAULT"),
                KeyUsage = Defaults.Or(key["KeyUsage"], key, "ENCRYPT_DECRYPT"),
                CustomKeyStoreId = new MissingValue(key.DeclarationRange),
            })];
}
