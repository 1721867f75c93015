using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ec2;

namespace PolicyScan.Policies.Aws.Ec2;

/// <summary>An instance or launch template that asks for a public IP address.</summary>
public sealed class Ec2InstancePublicIpPolicy : Policy<Ec2InstanceConfiguration>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-EC2-002",
        Name = "ec2-instance-public-ip",
        Title = "EC2 instance or launch template assigns a public IP address",
        Severity = Severity.Medium,
        Description = "associate_public_ip_address is true on an aws_instance or on a network_interfaces block of an aws_launch_template. When it is not written the subnet decides; subnets that map public IPs are reported by PS-AWS-VPC-007. In CloudFormation: AssociatePublicIpAddress of an entry of NetworkInterfaces of an AWS::EC2::Instance, or of LaunchTemplateData.NetworkInterfaces of an AWS::EC2::LaunchTemplate.",
        Rationale = "A public address makes the instance reachable from the internet, so its security groups become the only barrier in front of the data it processes.",
        Remediation = "Set associate_public_ip_address = false and reach the instance through a load balancer, a NAT gateway for outbound traffic, and Session Manager for administration.",
        FixedExamples = Examples.Terraform("""
            resource "aws_launch_template" "app" {
              name_prefix = "app-"

              network_interfaces {
                associate_public_ip_address = false
              }
            }
            """).AndCloudFormation("""
            App:
              Type: AWS::EC2::LaunchTemplate
              Properties:
                LaunchTemplateData:
                  NetworkInterfaces:
                    - DeviceIndex: 0
                      AssociatePublicIpAddress: false
            """),
        Compliance = ["hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.9", "aws-fsbp:EC2.25"],
        Related = ["checkov:CKV_AWS_88"],
        ResourceTypes = ["aws_instance", "aws_launch_template", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
    };

    protected override void Check(Ec2InstanceConfiguration configuration, PolicyCheck check)
    {
        foreach (var value in configuration.AssociatePublicIp)
        {
            check.Require(value, v => !v.IsTrue, $"{configuration.DisplayName} assigns a public IP address");
        }
    }
}
