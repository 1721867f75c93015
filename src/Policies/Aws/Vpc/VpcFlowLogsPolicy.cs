using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Aws.Vpc;

/// <summary>A VPC without flow logs.</summary>
public sealed class VpcFlowLogsPolicy : Policy<Model.Aws.Vpc.Vpc>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-VPC-006",
        Name = "vpc-flow-logs",
        Title = "VPC flow logs are not enabled",
        Severity = Severity.Medium,
        Description = "No aws_flow_log in the same configuration has a vpc_id that refers to the aws_vpc or aws_default_vpc, by reference or by its literal id. A flow log whose vpc_id is only known after apply and refers to no declared VPC makes the result unknown. In CloudFormation, an AWS::EC2::VPC needs an AWS::EC2::FlowLog with ResourceType VPC and ResourceId !Ref to it; a flow log whose ResourceType, or whose ResourceId (a parameter, an import), is only known at deployment makes the result unknown.",
        Rationale = "Flow logs record who talked to what in the network; without them an intrusion or an exfiltration of regulated data cannot be traced or scoped.",
        Remediation = "Add an aws_flow_log with vpc_id set to the VPC, traffic_type = \"ALL\" (or at least \"REJECT\"), delivering to CloudWatch Logs or S3.",
        FixedExamples = Examples.Terraform("""
            resource "aws_flow_log" "main" {
              vpc_id          = aws_vpc.main.id
              traffic_type    = "ALL"
              log_destination = aws_cloudwatch_log_group.flow.arn
              iam_role_arn    = aws_iam_role.flow.arn
            }
            """).AndCloudFormation("""
            MainFlowLog:
              Type: AWS::EC2::FlowLog
              Properties:
                ResourceId: !Ref Main
                ResourceType: VPC
                TrafficType: ALL
                LogDestinationType: cloud-watch-logs
                LogGroupName: !Ref FlowLogGroup
                DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
            """),
        Compliance = ["hipaa:164.312(b)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "iso27001:8.16", "aws-fsbp:EC2.6"],
        Related = ["checkov:CKV2_AWS_11", "tfsec:aws-ec2-require-vpc-flow-logs-for-all-vpcs", "trivy:AVD-AWS-0178"],
        ResourceTypes = ["aws_vpc", "aws_default_vpc", "aws_flow_log", "AWS::EC2::VPC", "AWS::EC2::FlowLog"],
    };

    protected override void Check(Model.Aws.Vpc.Vpc vpc, PolicyCheck check)
    {
        if (!vpc.FlowLogs.IsEmpty)
        {
            return;
        }

        var header = new MissingValue(vpc.Resource.DeclarationRange);
        if (!vpc.UndecidedFlowLogs.IsEmpty)
        {
            check.Unknown(header, $"VPC \"{vpc.Resource.Address}\" may be logged by {vpc.UndecidedFlowLogs[0].Address}, whose {(vpc.Resource.Format == SourceFormat.CloudFormation ? "ResourceId or ResourceType is only known at deployment" : "vpc_id is only known after apply")}");
            return;
        }

        check.Fail(header, $"VPC \"{vpc.Resource.Address}\" has no flow log");
    }
}
