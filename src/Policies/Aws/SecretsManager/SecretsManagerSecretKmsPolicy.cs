using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SecretsManager;

namespace PolicyScan.Policies.Aws.SecretsManager;

/// <summary>A secret encrypted with the AWS-managed key.</summary>
public sealed class SecretsManagerSecretKmsPolicy : Policy<SecretsManagerSecret>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SECRETSMANAGER-001",
        Name = "secretsmanager-secret-customer-key",
        Title = "Secrets Manager secret is not encrypted with a customer-managed KMS key",
        Severity = Severity.Medium,
        Description = "The aws_secretsmanager_secret has no kms_key_id (or names alias/aws/secretsmanager), so the AWS-managed key aws/secretsmanager encrypts it.",
        Rationale = "Secrets open databases of patient data; a customer-managed key lets its key policy decide who may decrypt them, independently of IAM, and cross-account use is impossible with the AWS-managed key.",
        Remediation = "Set kms_key_id to a customer-managed aws_kms_key.",
        FixedExamples = Examples.Terraform("""
            resource "aws_secretsmanager_secret" "db" {
              name       = "phi/db"
              kms_key_id = aws_kms_key.secrets.arn
            }
            """).AndCloudFormation("""
            Resources:
              DbSecret:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: phi/db
                  KmsKeyId: !Ref SecretsKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_149", "tfsec:aws-ssm-secret-use-customer-key", "trivy:AVD-AWS-0098"],
        ResourceTypes = ["aws_secretsmanager_secret", "aws_kms_key", "AWS::SecretsManager::Secret", "AWS::KMS::Key"],
    };

    protected override void Check(SecretsManagerSecret secret, PolicyCheck check)
    {
        if (secret.KmsKeyId.AsString() is { } key && (key == "aws/secretsmanager" || key.EndsWith("alias/aws/secretsmanager", StringComparison.Ordinal)))
        {
            check.Fail(secret.KmsKeyId, $"Secret {secret.DisplayName} names the AWS-managed key \"{key}\", not a customer-managed key");
            return;
        }

        if (secret.KmsKeyId.IsAbsent || secret.KmsKeyId.AsString() is "")
        {
            check.Fail(secret.KmsKeyId, $"Secret {secret.DisplayName} is encrypted with the AWS-managed key aws/secretsmanager (no {check.Name("kms_key_id", "KmsKeyId")})");
        }
    }
}
