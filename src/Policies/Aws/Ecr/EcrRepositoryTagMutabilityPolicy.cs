using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ecr;

namespace PolicyScan.Policies.Aws.Ecr;

/// <summary>A repository whose image tags can be overwritten.</summary>
public sealed class EcrRepositoryTagMutabilityPolicy : Policy<EcrRepository>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-ECR-002",
        Name = "ecr-repository-tag-mutability",
        Title = "ECR repository image tags are mutable",
        Severity = Severity.Low,
        Description = "The repository's image_tag_mutability is MUTABLE or MUTABLE_WITH_EXCLUSION, or left out (default MUTABLE), so pushing an image can silently replace what an existing tag points at.",
        Rationale = "With mutable tags the image deployed under a reviewed and scanned tag can be swapped for another, so what runs next to patient data is no longer what was approved.",
        Remediation = "Set image_tag_mutability = \"IMMUTABLE\" and deploy by new tags (or digests).",
        FixedExamples = Examples.Terraform("""
            resource "aws_ecr_repository" "app" {
              name                 = "phi-app"
              image_tag_mutability = "IMMUTABLE"

              image_scanning_configuration {
                scan_on_push = true
              }
            }
            """).AndCloudFormation("""
            Resources:
              AppRepository:
                Type: AWS::ECR::Repository
                Properties:
                  RepositoryName: phi-app
                  ImageTagMutability: IMMUTABLE
                  ImageScanningConfiguration:
                    ScanOnPush: true
            """),
        Compliance = ["hipaa:164.312(c)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.32", "aws-fsbp:ECR.2"],
        Related = ["checkov:CKV_AWS_51", "tfsec:aws-ecr-enforce-immutable-repository", "trivy:AVD-AWS-0031"],
        ResourceTypes = ["aws_ecr_repository", "AWS::ECR::Repository"],
    };

    protected override void Check(EcrRepository repository, PolicyCheck check) =>
        check.Require(
            repository.TagMutability,
            v => v.AsString() is "IMMUTABLE" or "IMMUTABLE_WITH_EXCLUSION",
            $"Repository {repository.DisplayName} has mutable image tags ({check.Name("image_tag_mutability", "ImageTagMutability")} = {repository.TagMutability.AsString()})",
            $"Repository {repository.DisplayName}: its image tag mutability is known only after apply");
}
