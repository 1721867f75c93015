using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A notebook instance with direct internet access.</summary>
public sealed class SageMakerNotebookDirectInternetAccessPolicy : Policy<SageMakerNotebookInstance>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-002",
        Name = "sagemaker-notebook-direct-internet-access",
        Title = "SageMaker notebook instance has direct internet access",
        Severity = Severity.High,
        Description = "The notebook instance's direct_internet_access is \"Enabled\", written or by default (the AWS provider's default is \"Enabled\"). In CloudFormation: DirectInternetAccess, whose documented default is also \"Enabled\".",
        Rationale = "With direct internet access SageMaker gives the notebook a network interface with a route to the internet outside your VPC, so data on it can be sent anywhere and nothing in your VPC (security groups, flow logs, egress filtering) sees or stops it.",
        Remediation = "Set direct_internet_access = \"Disabled\" and place the notebook in a private subnet (subnet_id, security_groups) that reaches AWS services through VPC endpoints or a controlled NAT.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_notebook_instance" "research" {
              name                   = "research"
              role_arn               = aws_iam_role.notebook.arn
              instance_type          = "ml.t3.medium"
              direct_internet_access = "Disabled"
              subnet_id              = aws_subnet.private.id
              security_groups        = [aws_security_group.notebook.id]
            }
            """).AndCloudFormation("""
            Research:
              Type: AWS::SageMaker::NotebookInstance
              Properties:
                NotebookInstanceName: research
                RoleArn: !GetAtt NotebookRole.Arn
                InstanceType: ml.t3.medium
                RootAccess: Disabled
                DirectInternetAccess: Disabled
                SubnetId: !Ref PrivateSubnet
                SecurityGroupIds: [!Ref NotebookSecurityGroup]
                KmsKeyId: !GetAtt NotebookKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:SageMaker.1", "aws-aisbp:SageMaker.1", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_122"],
        ResourceTypes = ["aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"],
    };

    protected override void Check(SageMakerNotebookInstance notebook, PolicyCheck check) =>
        check.Require(
            notebook.DirectInternetAccess,
            v => !string.Equals(v.AsString(), "Enabled", StringComparison.OrdinalIgnoreCase),
            notebook.DirectInternetAccess.Origin == ValueOrigin.Defaulted
                ? $"Notebook \"{notebook.Label}\" has direct internet access ({check.Name("direct_internet_access", "DirectInternetAccess")} is not set and defaults to \"Enabled\")"
                : $"Notebook \"{notebook.Label}\" has direct internet access");
}
