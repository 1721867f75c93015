using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>An endpoint configuration whose hosting storage is not encrypted with a customer-managed key.</summary>
public sealed class SageMakerEndpointConfigurationKmsKeyPolicy : Policy<SageMakerEndpointConfiguration>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-007",
        Name = "sagemaker-endpoint-configuration-kms-customer-key",
        Title = "SageMaker endpoint configuration does not encrypt with a customer-managed KMS key",
        Severity = Severity.High,
        Description = "The endpoint configuration has no kms_key_arn (the ML storage volumes of the hosting instances are then encrypted with an AWS-managed key), or names an AWS-managed alias (alias/aws/...). Instance types with only local NVMe storage cannot take a key; use a type with an attached volume for regulated data. In CloudFormation: KmsKeyId of AWS::SageMaker::EndpointConfig.",
        Rationale = "Hosting volumes hold the model and may hold captured requests and responses (patient inputs included); a customer-managed key lets you decide and audit who can decrypt them.",
        Remediation = "Set kms_key_arn to the ARN of an aws_kms_key you manage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_endpoint_configuration" "triage" {
              name        = "triage"
              kms_key_arn = aws_kms_key.inference.arn

              production_variants {
                variant_name           = "primary"
                model_name             = aws_sagemaker_model.triage.name
                initial_instance_count = 2
                instance_type          = "ml.m5.large"
              }
            }
            """).AndCloudFormation("""
            Triage:
              Type: AWS::SageMaker::EndpointConfig
              Properties:
                KmsKeyId: !GetAtt EndpointKey.Arn
                ProductionVariants:
                  - ModelName: !GetAtt TriageModel.ModelName
                    VariantName: primary
                    InitialInstanceCount: 1
                    InstanceType: ml.m5.large
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_98"],
        ResourceTypes = ["aws_sagemaker_endpoint_configuration", "aws_kms_key", "AWS::SageMaker::EndpointConfig"],
    };

    protected override void Check(SageMakerEndpointConfiguration configuration, PolicyCheck check) =>
        RequiredSettings.CustomerManagedKey(
            check,
            configuration.KmsKeyArn,
            $"Endpoint configuration \"{configuration.Label}\" has no {check.Name("kms_key_arn", "KmsKeyId")}, so its hosting storage is encrypted with an AWS-managed key",
            $"The {check.Name("kms_key_arn", "KmsKeyId")} of endpoint configuration \"{configuration.Label}\"");
}
