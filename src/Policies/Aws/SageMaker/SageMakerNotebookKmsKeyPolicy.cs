using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A notebook instance whose storage volume is not encrypted with a customer-managed key.</summary>
public sealed class SageMakerNotebookKmsKeyPolicy : Policy<SageMakerNotebookInstance>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-003",
        Name = "sagemaker-notebook-kms-customer-key",
        Title = "SageMaker notebook instance storage is not encrypted with a customer-managed KMS key",
        Severity = Severity.High,
        Description = "The notebook instance has no kms_key_id (SageMaker then encrypts its ML storage volume with an AWS-managed key), or names an AWS-managed alias (alias/aws/...). In CloudFormation: KmsKeyId.",
        Rationale = "Notebook volumes hold copies of training data and model artefacts; with a customer-managed key you decide and audit who can decrypt them, and can revoke access by disabling the key.",
        Remediation = "Set kms_key_id to the ARN or id of an aws_kms_key you manage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_notebook_instance" "research" {
              name          = "research"
              role_arn      = aws_iam_role.notebook.arn
              instance_type = "ml.t3.medium"
              kms_key_id    = aws_kms_key.notebook.arn
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
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-aisbp:SageMaker.21", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_22", "checkov:CKV_AWS_187"],
        ResourceTypes = ["aws_sagemaker_notebook_instance", "aws_kms_key", "AWS::SageMaker::NotebookInstance"],
    };

    protected override void Check(SageMakerNotebookInstance notebook, PolicyCheck check) =>
        RequiredSettings.CustomerManagedKey(
            check,
            notebook.KmsKeyId,
            $"Notebook \"{notebook.Label}\" has no {check.Name("kms_key_id", "KmsKeyId")}, so its storage volume is encrypted with an AWS-managed key",
            $"The {check.Name("kms_key_id", "KmsKeyId")} of notebook \"{notebook.Label}\"");
}
