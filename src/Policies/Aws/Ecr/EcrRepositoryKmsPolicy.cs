using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ecr;

namespace PolicyScan.Policies.Aws.Ecr;

/// <summary>A repository encrypted with AES256 rather than KMS.</summary>
public sealed class EcrRepositoryKmsPolicy : Policy<EcrRepository>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-ECR-003",
        Name = "ecr-repository-kms",
        Title = "ECR repository is not encrypted with KMS",
        Severity = Severity.Medium,
        Description = "The repository's encryption_configuration encryption_type is AES256 or left out (default AES256, S3-managed keys) rather than KMS or KMS_DSSE.",
        Rationale = "Images can embed configuration, models or data derived from patients; KMS encryption puts reading the image layers under a key policy and records every use of the key.",
        Remediation = "Set encryption_configuration { encryption_type = \"KMS\", kms_key = <customer-managed key ARN> } when creating the repository (it cannot be changed afterwards).",
        FixedExamples = Examples.Terraform("""
            resource "aws_ecr_repository" "app" {
              name                 = "phi-app"
              image_tag_mutability = "IMMUTABLE"

              encryption_configuration {
                encryption_type = "KMS"
                kms_key         = aws_kms_key.ecr.arn
              }
            }
            """).AndCloudFormation("""
            Resources:
              AppRepository:
                Type: AWS::ECR::Repository
                Properties:
                  RepositoryName: phi-app
                  ImageTagMutability: IMMUTABLE
                  EncryptionConfiguration:
                    EncryptionType: KMS
                    KmsKey: !GetAtt EcrKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_136", "tfsec:aws-ecr-repository-customer-key", "trivy:AVD-AWS-0033"],
        ResourceTypes = ["aws_ecr_repository", "aws_kms_key", "AWS::ECR::Repository", "AWS::KMS::Key"],
    };

    protected override void Check(EcrRepository repository, PolicyCheck check) =>
        check.Require(
            repository.EncryptionType,
            v => v.AsString() is "KMS" or "KMS_DSSE",
            $"Repository {repository.DisplayName} is encrypted with {repository.EncryptionType.AsString()}, not with a KMS key",
            $"Repository {repository.DisplayName}: its encryption type is known only after apply");
}
