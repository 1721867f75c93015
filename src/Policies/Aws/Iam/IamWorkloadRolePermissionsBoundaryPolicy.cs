using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A role that compute assumes has no permissions boundary.</summary>
public sealed class IamWorkloadRolePermissionsBoundaryPolicy : Policy<IamRole>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-008",
        Name = "iam-workload-role-permissions-boundary",
        Title = "Workload role has no permissions boundary",
        Severity = Severity.Low,
        Description = "A role whose trust policy lets compute assume it (EC2, ECS tasks, Lambda, SageMaker, Bedrock, EKS pods and service accounts, Batch, Glue, CodeBuild, App Runner, EMR, Step Functions) has no permissions_boundary (the provider sets none when the attribute is not written or is an empty string), or in CloudFormation no PermissionsBoundary on its AWS::IAM::Role (CloudFormation sets none when the property is left out or removed with AWS::NoValue; an empty string is no boundary either); the role SAM generates for an AWS::Serverless::Function or StateMachine without Role takes its PermissionsBoundary (from Globals too), and a finding on it points at the SAM resource. A boundary known only at deployment (a parameter without a default, another resource's ARN) counts as a boundary. For teams that require boundaries on workload roles.",
        Rationale = "A permissions boundary caps what the role can ever do, whatever policies are attached to it later, by a developer or by a compromised pipeline; it is the guard rail that keeps a workload role away from IAM, audit logs and other teams' PHI.",
        Remediation = "Set permissions_boundary (CloudFormation: PermissionsBoundary) to the ARN of the organisation's workload boundary policy.",
        FixedExamples = Examples.Terraform("""
            resource "aws_iam_role" "worker" {
              name                 = "claims-worker"
              assume_role_policy   = data.aws_iam_policy_document.ecs_tasks.json
              permissions_boundary = "arn:aws:iam::111122223333:policy/workload-boundary"
            }
            """).AndCloudFormation("""
            Worker:
              Type: AWS::IAM::Role
              Properties:
                RoleName: claims-worker
                AssumeRolePolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Principal: { Service: ecs-tasks.amazonaws.com }
                      Action: sts:AssumeRole
                PermissionsBoundary: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/workload-boundary"
            """),
        Compliance = ["hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.312(a)(1)", "gdpr:25(2)", "nis2:21(2)(i)", "iso27001:5.18", "iso27001:8.2", "nist-ai-rmf:MEASURE-2.7"],
        ResourceTypes = ["aws_iam_role", "AWS::IAM::Role", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"],
    };

    protected override IEnumerable<IamRole> Subjects(CloudModel model) => model.Get<IamRole>().Where(r => r.IsWorkload);

    protected override void Check(IamRole role, PolicyCheck check)
    {
        // A boundary known only after apply (an ARN from another resource) is still a boundary.
        // An empty string is no boundary either: the provider sends permissions_boundary only when d.GetOk finds a
        // non-zero value, so "" (a common module default) creates the role without one.
        if (role.PermissionsBoundary.IsAbsent || role.PermissionsBoundary.AsString() is "")
        {
            check.Fail(role.PermissionsBoundary, $"Role {role.DisplayName} (assumed by {role.AssumedBy}) has no permissions boundary");
        }
    }
}
