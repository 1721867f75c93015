using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Governance;

namespace PolicyScan.Policies.Aws.Governance;

/// <summary>
/// A taggable AWS resource without a tag that the organisation requires. Off until configured: with no required tags
/// every resource is recorded as not applicable. Governance controls use the service segment <c>GOV</c>
/// (PS-AWS-GOV-001 required tags, PS-AWS-GOV-002 allowed regions), matching their folder, Governance.
/// </summary>
public sealed class ResourceMissingRequiredTagsPolicy : Policy<TaggableResource>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-GOV-001",
        Name = "aws-resource-required-tags",
        Title = "AWS resource is missing a required tag",
        Severity = Severity.Low,
        Description = "Every taggable AWS resource must carry each tag named in the required-tags setting, counting the provider's default_tags merged with the resource's tags (and tags_all when written). A tag whose value is unknown counts as present; an unknown tag map makes a tag that no known map has unknown. Taggable means one of a kept list of common types (S3 buckets, KMS keys, IAM roles, users and policies, VPC networking, EC2 instances and volumes, RDS, DynamoDB, EFS, Redshift, OpenSearch, SNS, SQS, Lambda, API Gateway, SageMaker, CloudTrail, CloudWatch log groups, Secrets Manager, ECR, GuardDuty, ...) or any aws_ resource that writes tags; aws_autoscaling_group is left out because default tags do not apply to it. Tags supplied only through TF_AWS_DEFAULT_TAGS_ environment variables are not seen. In CloudFormation: AWS:: resources of the counterpart types (AWS::S3::Bucket, AWS::KMS::Key, AWS::IAM::Role, AWS::EC2::*, AWS::RDS::*, AWS::Lambda::Function, AWS::Serverless::Function, AWS::SSM::Parameter, ...) or any AWS:: resource that writes Tags, whose Tags is a list of {Key, Value} or, for a few types (AWS::SSM::Parameter, the AWS::Serverless::* types SAM does not transform), a map (AWS::EFS::FileSystem, AWS::EFS::AccessPoint and AWS::Backup::BackupVault write FileSystemTags, AccessPointTags and BackupVaultTags); an entry whose Key is unknown makes a tag that no known entry has unknown. Stack-level tags (aws cloudformation deploy --tags) propagate to the stack's resources but are given at deployment, not in the template: like TF_AWS_DEFAULT_TAGS_, they are not seen, so a required tag supplied only that way is reported missing (write it in the template's Tags, or suppress the finding). SAM resources are judged as the resources SAM deploys: a function's tag map reaches its AWS::Lambda::Function and generated role, an AWS::Serverless::Api's tags reach its stage only (not its AWS::ApiGateway::RestApi), and the implicit ServerlessRestApi gets none (PropagateTags is not read). With no required tags configured the policy records not applicable.",
        Rationale = "Tags such as owner, data classification and environment are how an organisation keeps the inventory of systems that hold health or personal data, assigns each an owner, and scopes its risk analysis and records of processing; an untagged resource drops out of that inventory.",
        Remediation = "Add the missing tags to the provider's default_tags (so every resource inherits them) or to the resource's tags; in CloudFormation, to the resource's Tags.",
        FixedExamples = Examples.Terraform("""
            provider "aws" {
              region = "eu-central-1"
              default_tags {
                tags = {
                  Owner              = "records-team"
                  DataClassification = "phi"
                }
              }
            }
            """).AndCloudFormation("""
            Resources:
              Records:
                Type: AWS::S3::Bucket
                Properties:
                  Tags:
                    - Key: Owner
                      Value: records-team
                    - Key: DataClassification
                      Value: phi
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(A)", "gdpr:30", "nis2:21(2)(a)", "iso27001:5.9", "iso27001:5.12", "nist-ai-rmf:GOVERN-1.6"],
        ResourceTypes = [.. TaggableResourceTypes.Known.Order(StringComparer.Ordinal), .. CloudFormationTaggableResourceTypes.Known.Order(StringComparer.Ordinal)],
    };

    protected override void Check(TaggableResource resource, PolicyCheck check)
    {
        var required = check.Settings.RequiredTags;
        if (required.IsEmpty)
        {
            check.NotApplicable("no required tags are configured (the required-tags setting is empty)");
            return;
        }

        var missing = new List<string>();
        var undetermined = new List<string>();
        UnknownValue? unknownMap = null;
        foreach (var key in required.Distinct(StringComparer.Ordinal))
        {
            switch (resource.Lookup(key, out var unknown))
            {
                case TagPresence.Missing:
                    missing.Add(key);
                    break;
                case TagPresence.Unknown:
                    undetermined.Add(key);
                    unknownMap ??= unknown;
                    break;
            }
        }

        var name = PolicyCheck.Describe(resource.Resource);
        if (missing.Count > 0)
        {
            check.Fail(resource.Location, $"{name} is missing required {Tags(missing)}");
        }
        else if (undetermined.Count > 0)
        {
            check.Unknown(resource.Location, $"{name} may be missing required {Tags(undetermined)}: {unknownMap!.Reason}");
        }
    }

    private static string Tags(List<string> keys) =>
        (keys.Count == 1 ? "tag " : "tags ") + string.Join(", ", keys.Select(k => $"\"{k}\""));
}
