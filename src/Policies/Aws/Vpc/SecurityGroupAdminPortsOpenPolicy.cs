using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A security group open to the internet on SSH (22) or RDP (3389).</summary>
public sealed class SecurityGroupAdminPortsOpenPolicy : Policy<SecurityGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-001",
        Name = "security-group-ssh-rdp-open",
        Title = "Security group allows SSH or RDP from the internet",
        Severity = Severity.Critical,
        Description = "An ingress rule of a security group (inline ingress block, aws_security_group_rule or aws_vpc_security_group_ingress_rule; in CloudFormation an entry of SecurityGroupIngress or an AWS::EC2::SecurityGroupIngress linked by GroupId) admits 0.0.0.0/0 or ::/0 to a TCP or UDP port range that includes 22 (SSH) or 3389 (RDP). Ranges are checked as ranges: 0-1024 includes 22. Rules for every port are reported by PS-AWS-VPC-002 instead.",
        Rationale = "Remote administration ports open to the internet are scanned within minutes and brute-forced; one weak or leaked credential then gives an attacker a shell on a host that can reach regulated data.",
        Remediation = "Restrict the rule's source to the administrators' network (or a bastion's security group), or remove the rule and use AWS Systems Manager Session Manager.",
        FixedExamples = Examples.Terraform("""
            resource "aws_vpc_security_group_ingress_rule" "ssh" {
              security_group_id = aws_security_group.app.id
              ip_protocol       = "tcp"
              from_port         = 22
              to_port           = 22
              cidr_ipv4         = "10.20.0.0/24" # the administrators' VPN range
            }
            """).AndCloudFormation("""
            SshFromVpn:
              Type: AWS::EC2::SecurityGroupIngress
              Properties:
                GroupId: !GetAtt App.GroupId
                IpProtocol: tcp
                FromPort: 22
                ToPort: 22
                CidrIp: 10.20.0.0/24 # the administrators' VPN range
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.19"],
        Related = ["checkov:CKV_AWS_24", "checkov:CKV_AWS_25", "tfsec:aws-ec2-no-public-ingress-sgr", "trivy:AVD-AWS-0107"],
        ResourceTypes = ["aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
    };

    protected override void Check(SecurityGroup group, PolicyCheck check) =>
        OpenRuleCheck.Check(group, check, TrafficDirection.Ingress, PortExposure.AdministrationPorts);
}
