using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Kms;

/// <summary>Builds <see cref="KmsKey"/> from Terraform's <c>aws_kms_key</c>.</summary>
public sealed class TerraformKmsKeyAdapter : IModelAdapter<KmsKey>
{
    public ImmutableArray<KmsKey> Build(AdapterContext context) =>
        [.. context.Resources("aws_kms_key")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(key => new KmsKey
            {
                Resource = key,
                RotationEnabled = Defaults.Or(key["enable_key_rotation"], key, false),
                KeySpec = Defaults.Or(key["customer_master_key_spec"], key, "SYMMETRIC_DEFAULT"),
                KeyUsage = Defaults.Or(key["key_usage"], key, "ENCRYPT_DECRYPT"),
                CustomKeyStoreId = Defaults.OrMissing(key["custom_key_store_id"], key),
            })];
}
