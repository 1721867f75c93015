using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ec2;

namespace PolicyScan.Policies.Aws.Ec2;

/// <summary>An EBS volume created without encryption, where the account does not encrypt by default.</summary>
public sealed class EbsVolumeEncryptionPolicy : Policy<EbsVolumes>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-EC2-003",
        Name = "ebs-volume-encryption",
        Title = "EBS volume is not encrypted",
        Severity = Severity.High,
        Description = "An aws_ebs_volume, a root or extra block device of an aws_instance, or an EBS block device mapping of an aws_launch_template does not set encrypted = true (the default is false; an instance without a root_block_device block gets an unencrypted root volume), and no aws_ebs_encryption_by_default with enabled = true (its default) is declared in the same configuration. In CloudFormation: Encrypted of an AWS::EC2::Volume, Ebs.Encrypted of each BlockDeviceMappings entry of an AWS::EC2::Instance or of LaunchTemplateData.BlockDeviceMappings of an AWS::EC2::LaunchTemplate (false when left out; an instance without EBS mappings gets an unencrypted root volume). CloudFormation has no resource for EBS encryption by default, so an account that enables it outside the template is not seen.",
        Rationale = "Volumes hold databases, caches, swap and logs; unencrypted, their contents are readable from every snapshot and copy, and the HIPAA safeguard for data at rest is missing.",
        Remediation = "Set encrypted = true (ideally with a customer-managed kms_key_id) on every volume and block device, or enable EBS encryption by default for the account and region with aws_ebs_encryption_by_default.",
        FixedExamples = Examples.Terraform("""
            resource "aws_ebs_encryption_by_default" "this" {
              enabled = true
            }

            resource "aws_instance" "app" {
              ami           = data.aws_ami.base.id
              instance_type = "t3.micro"

              root_block_device {
                encrypted  = true
                kms_key_id = aws_kms_key.ebs.arn
              }
            }
            """).AndCloudFormation("""
            App:
              Type: AWS::EC2::Instance
              Properties:
                ImageId: !Ref BaseAmi
                InstanceType: t3.micro
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs:
                      Encrypted: true
                      KmsKeyId: !Ref EbsKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:EC2.3"],
        Related = ["checkov:CKV_AWS_3", "tfsec:aws-ec2-enable-at-rest-encryption", "trivy:AVD-AWS-0026", "trivy:AVD-AWS-0131"],
        ResourceTypes = ["aws_ebs_volume", "aws_instance", "aws_launch_template", "aws_ebs_encryption_by_default", "AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
    };

    protected override void Check(EbsVolumes volumes, PolicyCheck check)
    {
        // Encryption by default encrypts every new volume in the account and region, whatever the volume says.
        if (volumes.EncryptionByDefault.Any(e => e.IsTrue))
        {
            return;
        }

        var accountUnknown = volumes.EncryptionByDefault.FirstOrDefault(e => e.IsUnknown);
        foreach (var device in volumes.Devices)
        {
            var message = $"{Name(volumes)}: {device.Label} is not encrypted";
            if (device.Encrypted.IsTrue)
            {
                continue;
            }

            if (device.Encrypted.IsUnknown)
            {
                check.Unknown(device.Encrypted, $"{Name(volumes)}: whether {device.Label} is encrypted is only known after apply");
            }
            else if (accountUnknown is not null)
            {
                check.Unknown(accountUnknown, $"{message}, and whether EBS encryption by default is enabled is only known after apply");
            }
            else if (device.Encrypted.Origin == Parsers.Graph.ValueOrigin.Defaulted && !device.Location.IsNone && device.Location != volumes.Resource.DeclarationRange)
            {
                // encrypted left out of a block: point at the block, which is where it belongs.
                check.Fail(device.Location, message);
            }
            else
            {
                check.Fail(device.Encrypted, message);
            }
        }
    }

    private static string Name(EbsVolumes volumes) => volumes.Resource.Type switch
    {
        "aws_ebs_volume" or "AWS::EC2::Volume" => $"Volume \"{volumes.Resource.Address}\"",
        "aws_instance" or "AWS::EC2::Instance" => $"Instance \"{volumes.Resource.Address}\"",
        _ => $"Launch template \"{volumes.Resource.Address}\"",
    };
}
