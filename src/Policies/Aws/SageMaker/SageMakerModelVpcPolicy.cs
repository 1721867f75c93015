using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A model whose containers do not run in your VPC.</summary>
public sealed class SageMakerModelVpcPolicy : Policy<SageMakerModel>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-009",
        Name = "sagemaker-model-in-vpc",
        Title = "SageMaker model containers do not run in a customer VPC",
        Severity = Severity.Medium,
        Description = "The model has no vpc_config block, so its inference containers run in a network SageMaker manages instead of subnets of your VPC. In CloudFormation: no VpcConfig property.",
        Rationale = "Only containers in your own subnets are covered by your security groups, VPC endpoints and flow logs, which is how you restrict and record what an inference endpoint serving patient data talks to.",
        Remediation = "Add a vpc_config block with private subnets and security groups that allow only what the model needs.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_model" "triage" {
              name                     = "triage"
              execution_role_arn       = aws_iam_role.model.arn
              enable_network_isolation = true

              primary_container {
                image = var.image
              }

              vpc_config {
                subnets            = [aws_subnet.private.id]
                security_group_ids = [aws_security_group.model.id]
              }
            }
            """).AndCloudFormation("""
            TriageModel:
              Type: AWS::SageMaker::Model
              Properties:
                ModelName: triage
                ExecutionRoleArn: !GetAtt ModelRole.Arn
                EnableNetworkIsolation: true
                PrimaryContainer:
                  Image: !Ref Image
                VpcConfig:
                  Subnets: [!Ref PrivateSubnet]
                  SecurityGroupIds: [!Ref ModelSecurityGroup]
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "nist-ai-rmf:MEASURE-2.7"],
        ResourceTypes = ["aws_sagemaker_model", "aws_subnet", "aws_security_group", "AWS::SageMaker::Model"],
    };

    protected override void Check(SageMakerModel model, PolicyCheck check)
    {
        if (model.VpcConfig.IsAbsent)
        {
            check.Fail(model.VpcConfig, $"Model \"{model.Label}\" has no {check.Name("vpc_config", "VpcConfig")}, so its containers do not run in your VPC");
        }
        else if (model.VpcConfig.MayNotExist)
        {
            check.Unknown(model.VpcConfig, $"Model \"{model.Label}\" may have no {check.Name("vpc_config", "VpcConfig")}: whether it has one is known only after apply or at deployment");
        }
    }
}
