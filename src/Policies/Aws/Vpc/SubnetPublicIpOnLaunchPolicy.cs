using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A subnet that gives every instance launched in it a public IP address.</summary>
public sealed class SubnetPublicIpOnLaunchPolicy : Policy<Subnet>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-007",
        Name = "subnet-public-ip-on-launch",
        Title = "Subnet assigns public IP addresses on launch",
        Severity = Severity.Medium,
        Description = "map_public_ip_on_launch is true. It defaults to false for aws_subnet; an aws_default_subnet keeps the setting of the default VPC's subnet, which AWS creates as true, unless the resource sets it to false. For CloudFormation's AWS::EC2::Subnet, MapPublicIpOnLaunch defaults to false.",
        Rationale = "Every instance launched in the subnet becomes addressable from the internet without anyone asking for it, and is one security group mistake away from exposure.",
        Remediation = "Set map_public_ip_on_launch = false and give public addresses only to the few resources that need them (load balancers, NAT gateways), explicitly.",
        FixedExamples = Examples.Terraform("""
            resource "aws_subnet" "app" {
              vpc_id                  = aws_vpc.main.id
              cidr_block              = "10.0.1.0/24"
              map_public_ip_on_launch = false
            }
            """).AndCloudFormation("""
            App:
              Type: AWS::EC2::Subnet
              Properties:
                VpcId: !Ref Vpc
                CidrBlock: 10.0.1.0/24
                MapPublicIpOnLaunch: false
            """),
        Compliance = ["hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.15"],
        Related = ["checkov:CKV_AWS_130", "tfsec:aws-ec2-no-public-ip-subnet", "trivy:AVD-AWS-0164"],
        ResourceTypes = ["aws_subnet", "aws_default_subnet", "AWS::EC2::Subnet"],
    };

    protected override void Check(Subnet subnet, PolicyCheck check) =>
        check.Require(subnet.MapPublicIpOnLaunch, v => !v.IsTrue, $"Subnet \"{subnet.Resource.Address}\" assigns a public IP address to every instance launched in it");
}
