using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Ec2;

namespace PolicyScan.Policies.Aws.Ec2;

/// <summary>An instance or launch template that still answers IMDSv1 requests.</summary>
public sealed class Ec2InstanceImdsv2Policy : Policy<Ec2InstanceConfiguration>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-EC2-001",
        Name = "ec2-imdsv2-required",
        Title = "EC2 instance metadata service does not require IMDSv2",
        Severity = Severity.High,
        Description = "metadata_options.http_tokens of an aws_instance or aws_launch_template is not \"required\" while the metadata endpoint is enabled. Left out, it takes the EC2 API's default, \"optional\"; an instance without metadata_options launched from a launch template declared here takes the template's value, and from a template declared elsewhere is unknown. CloudFormation is read the same way: MetadataOptions.HttpTokens of an AWS::EC2::Instance, LaunchTemplateData.MetadataOptions.HttpTokens of an AWS::EC2::LaunchTemplate (an instance's LaunchTemplate linked by !Ref LaunchTemplateId or by a literal LaunchTemplateName), with the same documented defaults (HttpTokens \"optional\", HttpEndpoint \"enabled\"). An AMI registered with ImdsSupport v2.0 makes \"required\" the default; that cannot be seen from the template, so the documented default is used.",
        Rationale = "With IMDSv1 a single server-side request forgery in the application hands the instance role's credentials to an attacker, and with them whatever data the role can read.",
        Remediation = "Set metadata_options { http_tokens = \"required\" } on the instance or launch template (keep http_put_response_hop_limit at 1 unless containers need 2).",
        FixedExamples = Examples.Terraform("""
            resource "aws_instance" "app" {
              ami           = data.aws_ami.base.id
              instance_type = "t3.micro"

              metadata_options {
                http_endpoint = "enabled"
                http_tokens   = "required"
              }
            }
            """).AndCloudFormation("""
            App:
              Type: AWS::EC2::Instance
              Properties:
                ImageId: !Ref BaseAmi
                InstanceType: t3.micro
                MetadataOptions:
                  HttpEndpoint: enabled
                  HttpTokens: required
            """),
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.9", "aws-fsbp:EC2.8"],
        Related = ["checkov:CKV_AWS_79", "tfsec:aws-ec2-enforce-http-token-imds", "trivy:AVD-AWS-0028"],
        ResourceTypes = ["aws_instance", "aws_launch_template", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
    };

    protected override void Check(Ec2InstanceConfiguration configuration, PolicyCheck check)
    {
        if (configuration.HttpEndpoint.AsString() == "disabled")
        {
            return;
        }

        check.Require(
            configuration.HttpTokens,
            tokens => tokens.AsString() == "required",
            $"{configuration.DisplayName} allows IMDSv1: {check.Name("http_tokens", "HttpTokens")} is \"{configuration.HttpTokens.AsString()}\"",
            $"{configuration.DisplayName} may allow IMDSv1: {check.Name("http_tokens", "HttpTokens")} is only known after apply");
    }
}
