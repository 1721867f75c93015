using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A model whose containers may make outbound network calls.</summary>
public sealed class SageMakerModelNetworkIsolationPolicy : Policy<SageMakerModel>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-008",
        Name = "sagemaker-model-network-isolation",
        Title = "SageMaker model containers are not network-isolated",
        Severity = Severity.Medium,
        Description = "The model's enable_network_isolation is false, written or by default (the AWS provider's default is false). In CloudFormation: EnableNetworkIsolation, false when not written.",
        Rationale = "Without network isolation the inference container can open outbound connections, so a compromised or malicious model image can send the requests it serves, patient inputs included, anywhere.",
        Remediation = "Set enable_network_isolation = true; the container then gets its model artefacts from SageMaker and cannot call out.",
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
        Compliance = ["hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.22", "aws-aisbp:SageMaker.5", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_370"],
        ResourceTypes = ["aws_sagemaker_model", "AWS::SageMaker::Model"],
    };

    protected override void Check(SageMakerModel model, PolicyCheck check) =>
        check.Require(
            model.EnableNetworkIsolation,
            v => v.IsTrue,
            model.EnableNetworkIsolation.Origin == ValueOrigin.Defaulted
                ? $"Model \"{model.Label}\" has no {check.Name("enable_network_isolation", "EnableNetworkIsolation")}, so its containers are not isolated"
                : $"Model \"{model.Label}\" has network isolation disabled");
}
