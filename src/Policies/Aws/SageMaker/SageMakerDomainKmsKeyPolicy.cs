using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A SageMaker domain whose EFS home volume is not encrypted with a customer-managed key.</summary>
public sealed class SageMakerDomainKmsKeyPolicy : Policy<SageMakerDomain>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-006",
        Name = "sagemaker-domain-kms-customer-key",
        Title = "SageMaker domain storage is not encrypted with a customer-managed KMS key",
        Severity = Severity.High,
        Description = "The domain has no kms_key_id (SageMaker then encrypts the domain's EFS volume, which holds every user's home directory, with an AWS-managed key), or names an AWS-managed alias (alias/aws/...). In CloudFormation: KmsKeyId.",
        Rationale = "Studio home directories hold notebooks, datasets and model outputs of every user of the domain; a customer-managed key lets you decide and audit who can decrypt them and cut access by disabling the key.",
        Remediation = "Set kms_key_id to the ARN or id of an aws_kms_key you manage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_domain" "studio" {
              domain_name             = "studio"
              auth_mode               = "IAM"
              vpc_id                  = aws_vpc.ml.id
              subnet_ids              = [aws_subnet.private.id]
              app_network_access_type = "VpcOnly"
              kms_key_id              = aws_kms_key.studio.arn

              default_user_settings {
                execution_role = aws_iam_role.studio.arn
              }
            }
            """).AndCloudFormation("""
            Studio:
              Type: AWS::SageMaker::Domain
              Properties:
                DomainName: research
                AuthMode: IAM
                DefaultUserSettings:
                  ExecutionRole: !GetAtt StudioRole.Arn
                VpcId: !Ref Vpc
                SubnetIds: [!Ref PrivateSubnet]
                AppNetworkAccessType: VpcOnly
                KmsKeyId: !GetAtt StudioKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "nist-ai-rmf:MEASURE-2.7"],
        Related = ["checkov:CKV_AWS_187"],
        ResourceTypes = ["aws_sagemaker_domain", "aws_kms_key", "AWS::SageMaker::Domain"],
    };

    protected override void Check(SageMakerDomain domain, PolicyCheck check) =>
        RequiredSettings.CustomerManagedKey(
            check,
            domain.KmsKeyId,
            $"Domain \"{domain.Label}\" has no {check.Name("kms_key_id", "KmsKeyId")}, so its storage is encrypted with an AWS-managed key",
            $"The {check.Name("kms_key_id", "KmsKeyId")} of domain \"{domain.Label}\"");
}
