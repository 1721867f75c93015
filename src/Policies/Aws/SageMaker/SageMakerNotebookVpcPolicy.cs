using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A notebook instance that is not launched in a subnet of your VPC.</summary>
public sealed class SageMakerNotebookVpcPolicy : Policy<SageMakerNotebookInstance>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-004",
        Name = "sagemaker-notebook-in-vpc",
        Title = "SageMaker notebook instance is not launched in a customer VPC",
        Severity = Severity.Medium,
        Description = "The notebook instance has no subnet_id, so SageMaker runs it in a network it manages instead of a subnet of your VPC. In CloudFormation: SubnetId.",
        Rationale = "Only a notebook in your own subnet is covered by your security groups, network ACLs, VPC endpoints and flow logs; outside it you cannot restrict or record where data on the notebook goes.",
        Remediation = "Set subnet_id to a private subnet of your VPC and security_groups to groups that allow only what the notebook needs.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_notebook_instance" "research" {
              name                   = "research"
              role_arn               = aws_iam_role.notebook.arn
              instance_type          = "ml.t3.medium"
              subnet_id              = aws_subnet.private.id
              security_groups        = [aws_security_group.notebook.id]
              direct_internet_access = "Disabled"
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
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "aws-fsbp:SageMaker.2", "aws-aisbp:SageMaker.2", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_306"],
        ResourceTypes = ["aws_sagemaker_notebook_instance", "aws_subnet", "AWS::SageMaker::NotebookInstance"],
    };

    protected override void Check(SageMakerNotebookInstance notebook, PolicyCheck check) =>
        RequiredSettings.Present(
            check,
            notebook.SubnetId,
            $"Notebook \"{notebook.Label}\" has no {check.Name("subnet_id", "SubnetId")}, so it does not run in your VPC",
            $"The {check.Name("subnet_id", "SubnetId")} of notebook \"{notebook.Label}\"");
}
