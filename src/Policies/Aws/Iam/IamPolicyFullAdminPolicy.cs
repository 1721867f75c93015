using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>An identity policy that allows Action "*" on Resource "*": full administrator rights.</summary>
public sealed class IamPolicyFullAdminPolicy : Policy<IamIdentityPolicy>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-001",
        Name = "iam-policy-full-admin",
        Title = "IAM policy allows every action on every resource",
        Severity = Severity.Critical,
        Description = "An identity policy (Terraform: aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy or an inline_policy block of a role; CloudFormation: AWS::IAM::ManagedPolicy, AWS::IAM::Policy, AWS::IAM::RolePolicy, AWS::IAM::UserPolicy, AWS::IAM::GroupPolicy or an entry of the Policies list of a role, user or group), whatever wrote its document (JSON, jsonencode, data.aws_iam_policy_document, a template mapping), has an Allow statement with Action \"*\" and Resource \"*\".",
        Rationale = "Whoever holds such a policy can read every PHI store, delete backups and audit trails, and grant themselves or others any further access; one leaked credential becomes a full account compromise.",
        Remediation = "Grant only the actions and resources the principal needs; keep administrator access to a few break-glass roles that require MFA and are monitored, outside Terraform-managed workloads.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "reports" {
              statement {
                actions   = ["s3:GetObject"]
                resources = ["${aws_s3_bucket.reports.arn}/*"]
              }
            }

            resource "aws_iam_policy" "reports" {
              name   = "reports-read"
              policy = data.aws_iam_policy_document.reports.json
            }
            """).AndCloudFormation("""
            ReportsRead:
              Type: AWS::IAM::ManagedPolicy
              Properties:
                ManagedPolicyName: reports-read
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: s3:GetObject
                      Resource: !Sub "${Reports.Arn}/*"
            """),
        Compliance = ["hipaa:164.308(a)(3)(i)", "hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:5.18", "iso27001:8.2", "aws-fsbp:IAM.1"],
        Related = ["checkov:CKV_AWS_62", "checkov:CKV_AWS_1"],
        ResourceTypes = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "aws_iam_policy_document", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
    };

    protected override void Check(IamIdentityPolicy policy, PolicyCheck check)
    {
        var unsure = false;
        foreach (var statement in policy.Document.Statements)
        {
            var action = statement.Actions.FirstOrDefault(IsEverything);
            var resource = statement.Resources.FirstOrDefault(r => r.AsString() == "*");
            if (statement.IsAllow && action is not null && resource is not null)
            {
                check.Fail(action, $"{policy.Label} allows every action (\"{action.AsString()}\") on every resource in {statement.Label}");
                continue;
            }

            // A part that is not known could still make the statement an administrator grant.
            var couldAllow = statement.IsAllow || statement.Effect.IsUnknown;
            var couldBeAll = action is not null || statement.Actions.Any(a => a.IsUnknown);
            var couldBeEverywhere = resource is not null || statement.Resources.Any(r => r.IsUnknown);
            if (couldAllow && couldBeAll && couldBeEverywhere)
            {
                var unknown = new[] { statement.Effect }.Concat(statement.Actions).Concat(statement.Resources).First(v => v.IsUnknown);
                check.Unknown(unknown, $"{policy.Label} may allow every action on every resource in {statement.Label}: part of it is only known after apply");
                unsure = true;
            }
        }

        if (!unsure && policy.Document.HasUnreadStatements())
        {
            check.Unknown(policy.Document.Source, $"{policy.Label} has a document whose statements are only known after apply");
        }
    }

    internal static bool IsEverything(Value action) => action.AsString() is "*" or "*:*";
}
