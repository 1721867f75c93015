using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A security group that lets anything out to anywhere.</summary>
public sealed class SecurityGroupUnrestrictedEgressPolicy : Policy<SecurityGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-004",
        Name = "security-group-unrestricted-egress",
        Title = "Security group allows all outbound traffic to the internet",
        Severity = Severity.Low,
        Description = "An egress rule of a security group (inline egress block, aws_security_group_rule of type egress or aws_vpc_security_group_egress_rule) allows 0.0.0.0/0 or ::/0 on every protocol, or on TCP or UDP ports 0-65535. Terraform removes AWS's default allow-all egress rule, so only written rules count. In CloudFormation (SecurityGroupEgress entries and AWS::EC2::SecurityGroupEgress linked by GroupId) the rule EC2 adds to a group created without egress rules is kept: an AWS::EC2::SecurityGroup without SecurityGroupEgress fails at its logical id, even when split egress resources add rules later.",
        Rationale = "Unrestricted egress is the path by which malware calls home and stolen records leave; limiting it to the endpoints a workload needs makes exfiltration harder and visible.",
        Remediation = "Allow egress only to the ports and destinations the workload needs (for example HTTPS to VPC endpoints or a proxy's range); in CloudFormation write those rules in SecurityGroupEgress so that EC2 does not add its allow-all rule.",
        FixedExamples = Examples.Terraform("""
            resource "aws_vpc_security_group_egress_rule" "https" {
              security_group_id = aws_security_group.app.id
              ip_protocol       = "tcp"
              from_port         = 443
              to_port           = 443
              cidr_ipv4         = "10.0.0.0/16"
            }
            """).AndCloudFormation("""
            App:
              Type: AWS::EC2::SecurityGroup
              Properties:
                GroupDescription: app
                VpcId: !Ref Vpc
                SecurityGroupEgress:
                  - IpProtocol: tcp
                    FromPort: 443
                    ToPort: 443
                    CidrIp: 10.0.0.0/16
            """),
        Compliance = ["hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22"],
        Related = ["trivy:AVD-AWS-0104"],
        ResourceTypes = ["aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupEgress"],
    };

    protected override void Check(SecurityGroup group, PolicyCheck check) =>
        OpenRuleCheck.Check(group, check, TrafficDirection.Egress, PortExposure.AllPorts);
}
