using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Vpc;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A VPC's default security group that still allows traffic.</summary>
public sealed class DefaultSecurityGroupTrafficPolicy : Policy<SecurityGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-005",
        Name = "default-security-group-allows-traffic",
        Title = "Default security group allows traffic",
        Severity = Severity.Medium,
        Description = "An aws_default_security_group has an ingress or egress rule, inline or as a linked split rule. Terraform removes every rule of the default group that the resource does not declare, so a default group without rules passes. In CloudFormation, which cannot declare the default group, each AWS::EC2::VPC stands for its default group: every AWS::EC2::SecurityGroupIngress or AWS::EC2::SecurityGroupEgress whose GroupId is !GetAtt Vpc.DefaultSecurityGroup (Vpc being the VPC's logical id) fails at its logical id, as do ingress rules that name the default VPC's group by GroupName: default; a VPC whose default group gets no rules from the template passes. That pass covers only what the template adds: the rules EC2 creates in every default group (all traffic from members of the group, all outbound traffic) stay, because CloudFormation cannot remove them, and failing every VPC for rules no template can change would say nothing about the template (Security Hub EC2.2 checks the deployed group). A GroupId from a parameter is not taken for the default group; an Fn::If between the default group and another one on a condition known only at deployment is unknown.",
        Rationale = "Resources launched without an explicit security group land in the default group; any rule it keeps silently connects them to each other or to the network.",
        Remediation = "Declare the aws_default_security_group with no ingress or egress rules (in CloudFormation, add no rules to a VPC's DefaultSecurityGroup), and give every resource a purpose-built security group.",
        FixedExamples = Examples.Terraform("""
            resource "aws_default_security_group" "default" {
              vpc_id = aws_vpc.main.id
            }
            """).AndCloudFormation("""
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              AppGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  VpcId: !Ref Vpc
              AppHttps:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref AppGroup
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  CidrIp: 10.0.0.0/16
            """),
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:EC2.2"],
        Related = ["checkov:CKV2_AWS_12", "trivy:AVD-AWS-0173"],
        ResourceTypes = ["aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"],
    };

    protected override IEnumerable<SecurityGroup> Subjects(CloudModel model) => model.Get<SecurityGroup>().Where(g => g.IsDefault);

    protected override void Check(SecurityGroup group, PolicyCheck check)
    {
        foreach (var rule in group.Rules)
        {
            var direction = rule.Direction == TrafficDirection.Ingress ? "inbound" : "outbound";
            if (rule.TargetUncertain)
            {
                check.Unknown(rule.Source["GroupId"], $"{rule.Label} adds {direction} traffic to default security group {group.DisplayName} or to another group, as a condition known only at deployment decides");
            }
            else if (rule.StandsForUnknownRules)
            {
                check.Unknown(rule.Protocol, $"Default security group {group.DisplayName} has {direction} rules only known after apply");
            }
            else
            {
                check.Fail(rule.Location, $"Default security group {group.DisplayName} allows {direction} traffic ({rule.Label})");
            }
        }
    }
}
