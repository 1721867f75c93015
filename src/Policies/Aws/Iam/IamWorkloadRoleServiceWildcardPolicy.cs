using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A role that compute assumes is allowed a whole service (<c>s3:*</c>, <c>iam:*</c>) on every resource.</summary>
public sealed class IamWorkloadRoleServiceWildcardPolicy : Policy<IamRole>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-002",
        Name = "iam-workload-role-service-wildcard",
        Title = "Workload role is allowed every action of a service on every resource",
        Severity = Severity.High,
        Description = "A role whose trust policy lets compute assume it (EC2, ECS tasks, Lambda, SageMaker, Bedrock, EKS pods and service accounts, Batch, Glue, CodeBuild, App Runner, EMR, Step Functions) has, in an inline policy (inline_policy block, aws_iam_role_policy) or a customer managed policy of the configuration attached to it (aws_iam_role_policy_attachment, aws_iam_policy_attachment, managed_policy_arns; in CloudFormation: the role's Policies list, AWS::IAM::RolePolicy, AWS::IAM::Policy or AWS::IAM::ManagedPolicy naming the role in Roles, and ManagedPolicyArns that refer to an AWS::IAM::ManagedPolicy of the template; for an AWS::Serverless::Function or StateMachine without Role, the IAM documents in its Policies, which SAM makes inline policies of the role it generates, while SAM policy templates grant fixed, resource-scoped actions and are not read), an Allow statement with a service-wide wildcard action (\"s3:*\", \"kms:*\", or \"*\") on Resource \"*\" (or with NotResource).",
        Rationale = "Code running on the workload, and anyone who compromises it through a vulnerability or stolen instance credentials, gets every action of the service across the account: every bucket of PHI, every key, or IAM itself.",
        Remediation = "List the actions the workload calls and scope them to its own resources (bucket and prefix ARNs, key ARNs, queue ARNs); use IAM Access Analyzer policy generation from CloudTrail activity to find them.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "worker" {
              statement {
                actions   = ["s3:GetObject", "s3:PutObject"]
                resources = ["${aws_s3_bucket.scans.arn}/incoming/*"]
              }
            }

            resource "aws_iam_role_policy" "worker" {
              role   = aws_iam_role.worker.id
              policy = data.aws_iam_policy_document.worker.json
            }
            """).AndCloudFormation("""
            WorkerPolicy:
              Type: AWS::IAM::RolePolicy
              Properties:
                PolicyName: worker
                RoleName: !Ref Worker
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: ["s3:GetObject", "s3:PutObject"]
                      Resource: !Sub "${Scans.Arn}/incoming/*"
            """),
        Compliance = ["hipaa:164.308(a)(3)(i)", "hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:5.18", "iso27001:8.2", "aws-fsbp:IAM.21", "nist-ai-rmf:MEASURE-2.7"],
        ResourceTypes = ["aws_iam_role", "aws_iam_role_policy", "aws_iam_policy", "aws_iam_role_policy_attachment", "aws_iam_policy_attachment", "aws_iam_policy_document", "AWS::IAM::Role", "AWS::IAM::RolePolicy", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"],
    };

    protected override IEnumerable<IamRole> Subjects(CloudModel model) => model.Get<IamRole>().Where(r => r.IsWorkload);

    protected override void Check(IamRole role, PolicyCheck check)
    {
        foreach (var policy in role.Policies)
        {
            var unsure = false;
            foreach (var statement in policy.Document.Statements)
            {
                var action = statement.ServiceWildcard();
                var resource = statement.WildcardResource();
                if (statement.IsAllow && action is not null && resource is not null)
                {
                    check.Fail(action, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) is allowed \"{action.AsString()}\" on every resource by {policy.Label}, {statement.Label}");
                    continue;
                }

                var couldAllow = statement.IsAllow || statement.Effect.IsUnknown;
                var couldBeService = action is not null || statement.Actions.Any(a => a.IsUnknown);
                var couldBeEverywhere = resource is not null || statement.Resources.Any(r => r.IsUnknown);
                if (couldAllow && couldBeService && couldBeEverywhere)
                {
                    var unknown = new[] { statement.Effect }.Concat(statement.Actions).Concat(statement.Resources).First(v => v.IsUnknown);
                    check.Unknown(unknown, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) may be allowed a whole service on every resource by {policy.Label}, {statement.Label}: part of it is only known after apply");
                    unsure = true;
                }
            }

            if (!unsure && policy.Document.HasUnreadStatements())
            {
                check.Unknown(policy.Document.Source, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) has {policy.Label}, whose statements are only known after apply");
            }
        }
    }
}
