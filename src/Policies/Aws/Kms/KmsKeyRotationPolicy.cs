using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Kms;

namespace PolicyScan.Policies.Aws.Kms;

/// <summary>A symmetric encryption key without automatic rotation.</summary>
public sealed class KmsKeyRotationPolicy : Policy<KmsKey>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-KMS-001",
        Name = "kms-key-rotation",
        Title = "KMS key rotation is not enabled",
        Severity = Severity.Medium,
        Description = "A symmetric encryption key (customer_master_key_spec SYMMETRIC_DEFAULT and key_usage ENCRYPT_DECRYPT, the defaults) has enable_key_rotation false or left out (default false). Asymmetric, HMAC and custom key store keys cannot rotate automatically and are not applicable.",
        Rationale = "Rotating the key material limits how much patient data one compromised key version protects; KMS keeps old versions to decrypt existing data, so rotation costs nothing in availability.",
        Remediation = "Set enable_key_rotation = true (optionally rotation_period_in_days).",
        FixedExamples = Examples.Terraform("""
            resource "aws_kms_key" "phi" {
              description         = "PHI data"
              enable_key_rotation = true
            }
            """).AndCloudFormation("""
            Resources:
              PhiKey:
                Type: AWS::KMS::Key
                Properties:
                  Description: PHI data
                  EnableKeyRotation: true
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_7", "tfsec:aws-kms-auto-rotate-keys", "trivy:AVD-AWS-0065"],
        ResourceTypes = ["aws_kms_key", "AWS::KMS::Key"],
    };

    protected override void Check(KmsKey key, PolicyCheck check)
    {
        if (!key.CustomKeyStoreId.IsAbsent && !key.CustomKeyStoreId.IsUnknown)
        {
            check.NotApplicable($"Key {key.DisplayName} is in a custom key store, where KMS cannot rotate keys automatically");
            return;
        }

        if (key.KeySpec.AsString() is { } spec && spec != "SYMMETRIC_DEFAULT")
        {
            check.NotApplicable($"Key {key.DisplayName} is a {spec} key, which KMS cannot rotate automatically");
            return;
        }

        if (key.KeyUsage.AsString() is { } usage && usage != "ENCRYPT_DECRYPT")
        {
            check.NotApplicable($"Key {key.DisplayName} is a {usage} key, which KMS cannot rotate automatically");
            return;
        }

        if (key.RotationEnabled.IsTrue)
        {
            return;
        }

        // With rotation off, an unknown key type decides whether the key could rotate at all.
        var undecided = new[] { key.CustomKeyStoreId, key.KeySpec, key.KeyUsage }.FirstOrDefault(v => v.IsUnknown);
        if (undecided is not null && !key.RotationEnabled.IsUnknown)
        {
            check.Unknown(undecided, $"Key {key.DisplayName} does not rotate, and whether it can depends on a value known only after apply");
            return;
        }

        check.Require(key.RotationEnabled, v => v.IsTrue, $"Key {key.DisplayName} does not rotate automatically ({check.Name("enable_key_rotation", "EnableKeyRotation")} is not true)");
    }
}
