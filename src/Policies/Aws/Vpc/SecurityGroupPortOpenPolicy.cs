using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A security group open to the internet on a port other than the web ports.</summary>
public sealed class SecurityGroupPortOpenPolicy : Policy<SecurityGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-003",
        Name = "security-group-port-open",
        Title = "Security group allows a non-web port from the internet",
        Severity = Severity.Medium,
        Description = "An ingress rule of a security group (in CloudFormation an entry of SecurityGroupIngress or an AWS::EC2::SecurityGroupIngress linked by GroupId) admits 0.0.0.0/0 or ::/0 to a TCP or UDP port range other than 80 or 443 alone (the ports Security Hub's EC2.18 authorises by default), or to a whole protocol without ports such as GRE. Ranges that include SSH or RDP are reported by PS-AWS-VPC-001 and rules for every port by PS-AWS-VPC-002; ICMP is not reported.",
        Rationale = "Databases, caches, message brokers and internal APIs are not meant to face the internet; each open port is an unauthenticated attack surface in front of regulated data.",
        Remediation = "Limit the rule's source to the networks or security groups that need the service, or put the service behind a load balancer that only exposes HTTPS.",
        FixedExamples = Examples.Terraform("""
            resource "aws_vpc_security_group_ingress_rule" "postgres" {
              security_group_id            = aws_security_group.db.id
              ip_protocol                  = "tcp"
              from_port                    = 5432
              to_port                      = 5432
              referenced_security_group_id = aws_security_group.app.id
            }
            """).AndCloudFormation("""
            Postgres:
              Type: AWS::EC2::SecurityGroupIngress
              Properties:
                GroupId: !GetAtt Db.GroupId
                IpProtocol: tcp
                FromPort: 5432
                ToPort: 5432
                SourceSecurityGroupId: !GetAtt App.GroupId
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.18"],
        ResourceTypes = ["aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
    };

    protected override void Check(SecurityGroup group, PolicyCheck check) =>
        OpenRuleCheck.Check(group, check, TrafficDirection.Ingress, PortExposure.OtherPorts);
}
