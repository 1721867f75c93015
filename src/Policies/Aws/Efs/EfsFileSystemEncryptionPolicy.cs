using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Efs;

namespace PolicyScan.Policies.Aws.Efs;

/// <summary>An EFS file system that is not encrypted at rest.</summary>
public sealed class EfsFileSystemEncryptionPolicy : Policy<EfsFileSystem>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-EFS-001",
        Name = "efs-file-system-unencrypted",
        Title = "EFS file system is not encrypted at rest",
        Severity = Severity.High,
        Description = "An aws_efs_file_system has encrypted = false or leaves it out; the EFS API creates unencrypted file systems unless asked (only the console defaults to encryption). In CloudFormation: an AWS::EFS::FileSystem with Encrypted false or left out (the CreateFileSystem API default is unencrypted).",
        Rationale = "Files shared between instances and containers often hold exports, images and reports with patient data; an unencrypted file system cannot be encrypted later, only copied to a new one.",
        Remediation = "Set encrypted = true, with kms_key_id naming a customer-managed key where you need to control decryption.",
        FixedExamples = Examples.Terraform("""
            resource "aws_efs_file_system" "phi" {
              creation_token = "phi"
              encrypted      = true
              kms_key_id     = aws_kms_key.phi.arn
            }
            """).AndCloudFormation("""
            Resources:
              Shared:
                Type: AWS::EFS::FileSystem
                Properties:
                  Encrypted: true
                  KmsKeyId: !GetAtt SharedKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:EFS.1"],
        Related = ["checkov:CKV_AWS_42", "tfsec:aws-efs-enable-at-rest-encryption", "trivy:AVD-AWS-0037"],
        ResourceTypes = ["aws_efs_file_system", "AWS::EFS::FileSystem"],
    };

    protected override void Check(EfsFileSystem fileSystem, PolicyCheck check) =>
        check.Require(
            fileSystem.Encrypted,
            v => v.IsTrue,
            fileSystem.Encrypted.Origin == ValueOrigin.Defaulted
                ? $"File system {fileSystem.DisplayName} does not set {check.Name("encrypted", "Encrypted")}, so it is not encrypted at rest"
                : $"File system {fileSystem.DisplayName} has {check.Name("encrypted", "Encrypted")} = false",
            $"File system {fileSystem.DisplayName}: whether it is encrypted is only known after apply");
}
