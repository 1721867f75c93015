using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SecretsManager;

namespace PolicyScan.Policies.Aws.SecretsManager;

/// <summary>A secret that never rotates.</summary>
public sealed class SecretsManagerSecretRotationPolicy : Policy<SecretsManagerSecret>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SECRETSMANAGER-002",
        Name = "secretsmanager-secret-rotation",
        Title = "Secrets Manager secret has no automatic rotation",
        Severity = Severity.Low,
        Description = "No aws_secretsmanager_secret_rotation of the same configuration refers to the secret (by reference or by its name), and it has no inline rotation_rules (provider versions before 5).",
        Rationale = "A credential that never changes stays usable by whoever copied it, for as long as the database of patient data exists; rotation bounds that window.",
        Remediation = "Add an aws_secretsmanager_secret_rotation with a rotation Lambda and rotation_rules.",
        FixedExamples = Examples.Terraform("""
            resource "aws_secretsmanager_secret_rotation" "db" {
              secret_id           = aws_secretsmanager_secret.db.id
              rotation_lambda_arn = aws_lambda_function.rotate_db.arn

              rotation_rules {
                automatically_after_days = 30
              }
            }
            """).AndCloudFormation("""
            Resources:
              DbSecret:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: phi/db
                  KmsKeyId: !Ref SecretsKey
              DbSecretRotation:
                Type: AWS::SecretsManager::RotationSchedule
                Properties:
                  SecretId: !Ref DbSecret
                  RotationLambdaARN: !GetAtt RotateDb.Arn
                  RotationRules:
                    AutomaticallyAfterDays: 30
            """),
        Compliance = ["hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.312(d)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17", "aws-fsbp:SecretsManager.1"],
        Related = ["checkov:CKV2_AWS_57"],
        ResourceTypes = ["aws_secretsmanager_secret", "aws_secretsmanager_secret_rotation", "AWS::SecretsManager::Secret", "AWS::SecretsManager::RotationSchedule"],
    };

    protected override void Check(SecretsManagerSecret secret, PolicyCheck check)
    {
        if (secret.Rotations.IsEmpty && !secret.PossibleRotations.IsEmpty)
        {
            check.Unknown(secret.PossibleRotations[0], $"Secret {secret.DisplayName}: whether a rotation applies to it depends on a {check.Name("secret_id", "SecretId")} known only after apply");
        }
        else if (secret.Rotations.IsEmpty)
        {
            check.Fail(new MissingValue(secret.Resource.DeclarationRange), $"Secret {secret.DisplayName} is never rotated (no {check.Name("aws_secretsmanager_secret_rotation", "AWS::SecretsManager::RotationSchedule")} refers to it)");
        }
    }
}
