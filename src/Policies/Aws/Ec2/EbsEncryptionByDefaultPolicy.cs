using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ec2;

namespace PolicyScan.Policies.Aws.Ec2;

/// <summary>EBS encryption by default explicitly turned off.</summary>
public sealed class EbsEncryptionByDefaultPolicy : Policy<EbsEncryptionByDefault>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-EC2-004",
        Name = "ebs-encryption-by-default-disabled",
        Title = "EBS encryption by default is disabled",
        Severity = Severity.Medium,
        Description = "An aws_ebs_encryption_by_default sets enabled = false (the resource's default is true). Configurations that do not declare the resource are not judged: the account setting is then managed elsewhere.",
        Rationale = "Encryption by default is the account-wide safety net that encrypts every new volume and snapshot copy, including those created by hand or by tools that forget the flag.",
        Remediation = "Set enabled = true (or remove the attribute) and, optionally, choose a customer-managed default key with aws_ebs_default_kms_key.",
        FixedExamples = Examples.Terraform("""
            resource "aws_ebs_encryption_by_default" "this" {
              enabled = true
            }
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:EC2.7"],
        ResourceTypes = ["aws_ebs_encryption_by_default"],
    };

    protected override void Check(EbsEncryptionByDefault setting, PolicyCheck check) =>
        check.Require(setting.Enabled, e => e.IsTrue, $"EBS encryption by default is disabled by \"{setting.Resource.Address}\"");
}
