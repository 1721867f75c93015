using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ecr;

namespace PolicyScan.Policies.Aws.Ecr;

/// <summary>A repository whose images are never scanned automatically.</summary>
public sealed class EcrRepositoryScanOnPushPolicy : Policy<EcrRepository>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-ECR-001",
        Name = "ecr-repository-scan-on-push",
        Title = "ECR repository images are not scanned for vulnerabilities",
        Severity = Severity.Medium,
        Description = "The repository's image_scanning_configuration scan_on_push is false or left out (default false), and no aws_ecr_registry_scanning_configuration of the same configuration has a rule with scan_frequency SCAN_ON_PUSH or CONTINUOUS_SCAN whose WILDCARD filter matches the repository name.",
        Rationale = "Container images carry operating system and library vulnerabilities; without scanning, images with known exploitable flaws run next to patient data unnoticed.",
        Remediation = "Set image_scanning_configuration { scan_on_push = true }, or configure registry scanning (ENHANCED, CONTINUOUS_SCAN) with a rule matching the repository.",
        FixedExamples = Examples.Terraform("""
            resource "aws_ecr_repository" "app" {
              name                 = "phi-app"
              image_tag_mutability = "IMMUTABLE"

              image_scanning_configuration {
                scan_on_push = true
              }

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
                  ImageScanningConfiguration:
                    ScanOnPush: true
                  EncryptionConfiguration:
                    EncryptionType: KMS
                    KmsKey: !GetAtt EcrKey.Arn
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(A)", "hipaa:164.308(a)(5)(ii)(B)", "gdpr:32(1)(d)", "nis2:21(2)(e)", "iso27001:8.8", "aws-fsbp:ECR.1"],
        Related = ["checkov:CKV_AWS_163", "tfsec:aws-ecr-enable-image-scans", "trivy:AVD-AWS-0030"],
        ResourceTypes = ["aws_ecr_repository", "aws_ecr_registry_scanning_configuration", "AWS::ECR::Repository", "AWS::ECR::RegistryScanningConfiguration"],
    };

    protected override void Check(EcrRepository repository, PolicyCheck check)
    {
        if (repository.ScanOnPush.IsTrue)
        {
            return;
        }

        Value? undecided = repository.ScanOnPush.IsUnknown ? repository.ScanOnPush : null;
        foreach (var rule in repository.RegistryScanning.SelectMany(s => s.Rules))
        {
            var matches = rule.Filters.Select(f => Matches(f, repository.Name)).DefaultIfEmpty(false as bool?).ToList();
            if (rule.ScanFrequency.IsUnknown && matches.Any(m => m != false))
            {
                undecided ??= rule.ScanFrequency;
            }
            else if (rule.ScansAutomatically && matches.Contains(true))
            {
                return;
            }
            else if (rule.ScansAutomatically && matches.Contains(null))
            {
                undecided ??= rule.Filters.FirstOrDefault(f => Matches(f, repository.Name) is null) ?? repository.Name;
            }
        }

        if (undecided is not null)
        {
            check.Unknown(undecided, $"Repository {repository.DisplayName}: whether its images are scanned depends on a value known only after apply");
            return;
        }

        check.Fail(repository.ScanOnPush, $"Repository {repository.DisplayName} does not scan images on push ({check.Name("scan_on_push", "ImageScanningConfiguration.ScanOnPush")} is not true) and no registry scanning rule covers it");
    }

    /// <summary>Whether a WILDCARD repository filter (<c>*</c> matches any characters) matches the name; null when either is unknown.</summary>
    internal static bool? Matches(Value filter, Value name)
    {
        if (filter.AsString() is not { } pattern)
        {
            return null;
        }

        if (pattern == "*")
        {
            return true;
        }

        if (name.AsString() is not { } text)
        {
            return null;
        }

        var regex = "^" + string.Join(".*", pattern.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex);
    }
}
