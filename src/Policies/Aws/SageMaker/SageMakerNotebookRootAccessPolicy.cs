using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A notebook instance whose users get root access.</summary>
public sealed class SageMakerNotebookRootAccessPolicy : Policy<SageMakerNotebookInstance>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-001",
        Name = "sagemaker-notebook-root-access",
        Title = "SageMaker notebook instance gives users root access",
        Severity = Severity.High,
        Description = "The notebook instance's root_access is \"Enabled\", written or by default (the AWS provider's default is \"Enabled\"); in CloudFormation the RootAccess property, whose documented default is also \"Enabled\".",
        Rationale = "Root on a notebook lets any user with access to it change its software, read every other user's files and credentials on the instance, and turn off the controls that keep training data such as patient records inside it.",
        Remediation = "Set root_access = \"Disabled\" and install what users need with a lifecycle configuration, which still runs as root.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_notebook_instance" "research" {
              name                   = "research"
              role_arn               = aws_iam_role.notebook.arn
              instance_type          = "ml.t3.medium"
              root_access            = "Disabled"
              direct_internet_access = "Disabled"
              subnet_id              = aws_subnet.private.id
              security_groups        = [aws_security_group.notebook.id]
              kms_key_id             = aws_kms_key.notebook.arn
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
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.2", "aws-fsbp:SageMaker.3", "aws-aisbp:SageMaker.3", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_307"],
        ResourceTypes = ["aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"],
    };

    protected override void Check(SageMakerNotebookInstance notebook, PolicyCheck check) =>
        check.Require(
            notebook.RootAccess,
            v => !string.Equals(v.AsString(), "Enabled", StringComparison.OrdinalIgnoreCase),
            notebook.RootAccess.Origin == Parsers.Graph.ValueOrigin.Defaulted
                ? $"Notebook \"{notebook.Label}\" has root access enabled ({check.Name("root_access", "RootAccess")} is not set and defaults to \"Enabled\")"
                : $"Notebook \"{notebook.Label}\" has root access enabled");
}
