using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.SageMaker;

namespace PolicyScan.Policies.Aws.SageMaker;

/// <summary>A SageMaker domain whose apps reach the internet outside your VPC.</summary>
public sealed class SageMakerDomainNetworkAccessPolicy : Policy<SageMakerDomain>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SAGEMAKER-005",
        Name = "sagemaker-domain-vpc-only",
        Title = "SageMaker domain apps have internet access outside the VPC",
        Severity = Severity.High,
        Description = "The domain's app_network_access_type is not \"VpcOnly\": written as \"PublicInternetOnly\" or not set (the AWS provider's default is \"PublicInternetOnly\"). In CloudFormation: AppNetworkAccessType, whose documented default is also \"PublicInternetOnly\".",
        Rationale = "In PublicInternetOnly mode Studio apps send non-EFS traffic through a network SageMaker manages, with direct internet access, so your security groups, VPC endpoints and flow logs neither restrict nor record where notebook data goes.",
        Remediation = "Set app_network_access_type = \"VpcOnly\" with private subnet_ids and security groups, and give the apps VPC endpoints (or a controlled NAT) for what they must reach.",
        FixedExamples = Examples.Terraform("""
            resource "aws_sagemaker_domain" "studio" {
              domain_name             = "studio"
              auth_mode               = "IAM"
              vpc_id                  = aws_vpc.ml.id
              subnet_ids              = [aws_subnet.private.id]
              app_network_access_type = "VpcOnly"
              kms_key_id              = aws_kms_key.studio.arn

              default_user_settings {
                execution_role  = aws_iam_role.studio.arn
                security_groups = [aws_security_group.studio.id]
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
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "nist-ai-rmf:MEASURE-2.7"],
        ResourceTypes = ["aws_sagemaker_domain", "AWS::SageMaker::Domain"],
    };

    protected override void Check(SageMakerDomain domain, PolicyCheck check) =>
        check.Require(
            domain.AppNetworkAccessType,
            v => string.Equals(v.AsString(), "VpcOnly", StringComparison.OrdinalIgnoreCase),
            domain.AppNetworkAccessType.Origin == ValueOrigin.Defaulted
                ? $"Domain \"{domain.Label}\" has no {check.Name("app_network_access_type", "AppNetworkAccessType")}, so its apps use \"PublicInternetOnly\""
                : $"Domain \"{domain.Label}\" uses app network access \"{domain.AppNetworkAccessType.AsString()}\", not \"VpcOnly\"");
}
