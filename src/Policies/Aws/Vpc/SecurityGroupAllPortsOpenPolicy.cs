using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A security group open to the internet on every port.</summary>
public sealed class SecurityGroupAllPortsOpenPolicy : Policy<SecurityGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-002",
        Name = "security-group-all-ports-open",
        Title = "Security group allows all ports from the internet",
        Severity = Severity.Critical,
        Description = "An ingress rule of a security group (inline ingress block, aws_security_group_rule or aws_vpc_security_group_ingress_rule; in CloudFormation an entry of SecurityGroupIngress or an AWS::EC2::SecurityGroupIngress linked by GroupId) admits 0.0.0.0/0 or ::/0 with protocol -1 (all), or TCP or UDP on ports 0-65535.",
        Rationale = "Every listening service of every instance in the group, databases and admin consoles included, becomes reachable from the internet; the security group no longer filters anything.",
        Remediation = "Replace the rule with rules for the ports the service needs, from the sources that need them.",
        FixedExamples = Examples.Terraform("""
            resource "aws_vpc_security_group_ingress_rule" "https" {
              security_group_id = aws_security_group.web.id
              ip_protocol       = "tcp"
              from_port         = 443
              to_port           = 443
              cidr_ipv4         = "0.0.0.0/0"
            }
            """).AndCloudFormation("""
            Https:
              Type: AWS::EC2::SecurityGroupIngress
              Properties:
                GroupId: !GetAtt Web.GroupId
                IpProtocol: tcp
                FromPort: 443
                ToPort: 443
                CidrIp: 0.0.0.0/0
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.18", "aws-fsbp:EC2.19"],
        Related = ["trivy:AVD-AWS-0107"],
        ResourceTypes = ["aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
    };

    protected override void Check(SecurityGroup group, PolicyCheck check) =>
        OpenRuleCheck.Check(group, check, TrafficDirection.Ingress, PortExposure.AllPorts);
}
