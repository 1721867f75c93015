using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>An active access key of an IAM user: a long-lived credential.</summary>
public sealed class IamAccessKeyPolicy : Policy<IamAccessKey>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-005",
        Name = "iam-user-access-key",
        Title = "IAM user has an access key",
        Severity = Severity.Medium,
        Description = "The configuration creates an aws_iam_access_key (CloudFormation: AWS::IAM::AccessKey) that is active (status \"Active\", the default of both the provider and CloudFormation when status / Status is not written). Inactive keys pass.",
        Rationale = "Access keys are long-lived secrets that end up in laptops, CI variables and the Terraform state; a leaked key gives its user's access to PHI until someone notices and rotates it. Roles, IAM Identity Center and workload identity federation give short-lived credentials instead.",
        Remediation = "Give people access through IAM Identity Center and workloads through roles (instance profiles, task roles, OIDC federation); if a key is unavoidable, create it outside Terraform and CloudFormation so it never lands in the state or in stack outputs, and rotate it.",
        FixedExamples = Examples.Terraform("""
            resource "aws_iam_role" "ci" {
              name = "ci-deploy"
              assume_role_policy = data.aws_iam_policy_document.github_oidc.json
            }
            """).AndCloudFormation("""
            CiRole:
              Type: AWS::IAM::Role
              Properties:
                RoleName: ci-deploy
                AssumeRolePolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Principal:
                        Federated: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"
                      Action: sts:AssumeRoleWithWebIdentity
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(d)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17", "iso27001:8.5"],
        ResourceTypes = ["aws_iam_access_key", "AWS::IAM::AccessKey"],
    };

    protected override void Check(IamAccessKey key, PolicyCheck check)
    {
        var user = key.User.AsString() is { } name ? $"user \"{name}\"" : "its user";
        check.Require(
            key.Status,
            status => status.AsString() == "Inactive",
            $"Access key \"{key.Resource.Address}\" of {user} is {(key.Status.AsString() is { } s ? s.ToLowerInvariant() : "active")}",
            $"Access key \"{key.Resource.Address}\" of {user} may be active: its status is only known after apply");
    }
}
