using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A role that compute assumes has AdministratorAccess, PowerUserAccess or IAMFullAccess attached.</summary>
public sealed class IamWorkloadRolePrivilegedManagedPolicy : Policy<IamRole>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-003",
        Name = "iam-workload-role-admin-managed-policy",
        Title = "Workload role has an administrator AWS managed policy attached",
        Severity = Severity.Critical,
        Description = "A role whose trust policy lets compute assume it (EC2, ECS tasks, Lambda, SageMaker, Bedrock, EKS pods and service accounts, Batch, Glue, CodeBuild, App Runner, EMR, Step Functions) has the AWS managed policy AdministratorAccess, PowerUserAccess or IAMFullAccess attached through aws_iam_role_policy_attachment, aws_iam_policy_attachment or managed_policy_arns (CloudFormation: the ManagedPolicyArns of AWS::IAM::Role; for an AWS::Serverless::Function or StateMachine without Role, the role SAM generates, whose managed policies are the names and ARNs in Policies), written as an ARN (any partition) or looked up with data.aws_iam_policy. An ARN known only after apply is reported as unknown.",
        Rationale = "AdministratorAccess gives everything; IAMFullAccess lets the workload grant itself everything; PowerUserAccess gives every service's data. Code running on the workload, or anyone who takes it over, controls the account and every PHI store in it.",
        Remediation = "Detach the managed policy and give the role a policy scoped to the actions and resources the workload uses.",
        FixedExamples = Examples.Terraform("""
            resource "aws_iam_role_policy_attachment" "worker" {
              role       = aws_iam_role.worker.name
              policy_arn = aws_iam_policy.worker_least_privilege.arn
            }
            """).AndCloudFormation("""
            Worker:
              Type: AWS::IAM::Role
              Properties:
                AssumeRolePolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Principal: { Service: ecs-tasks.amazonaws.com }
                      Action: sts:AssumeRole
                ManagedPolicyArns:
                  - !Ref WorkerLeastPrivilege
            """),
        Compliance = ["hipaa:164.308(a)(3)(i)", "hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:5.18", "iso27001:8.2", "nist-ai-rmf:MEASURE-2.7"],
        ResourceTypes = ["aws_iam_role", "aws_iam_role_policy_attachment", "aws_iam_policy_attachment", "aws_iam_policy", "AWS::IAM::Role", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"],
    };

    protected override IEnumerable<IamRole> Subjects(CloudModel model) => model.Get<IamRole>().Where(r => r.IsWorkload);

    protected override void Check(IamRole role, PolicyCheck check)
    {
        foreach (var arn in role.ManagedPolicyArns)
        {
            if (arn.IsUnknown)
            {
                check.Unknown(arn, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) has a managed policy attached whose ARN is only known after apply");
            }
            else if (arn.AsString() is { } text && AwsManagedPolicies.PrivilegedName(text) is { } name)
            {
                check.Fail(arn, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) has {name} attached, which grants {AwsManagedPolicies.Privileged[name]}");
            }
        }
    }
}
