using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>A role trust policy that lets any principal assume the role.</summary>
public sealed class IamRoleTrustPublicPolicy : Policy<IamRole>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-004",
        Name = "iam-role-trust-public",
        Title = "IAM role can be assumed by any principal",
        Severity = Severity.Critical,
        Description = "The role's trust policy (Terraform: assume_role_policy; CloudFormation: the AssumeRolePolicyDocument of AWS::IAM::Role) has an Allow statement for Principal \"*\", AWS \"*\" (or an AWS principal in any account, or NotPrincipal) with no condition that restricts the callers, such as sts:ExternalId, aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceAccount.",
        Rationale = "Any AWS account holder in the world can then call sts:AssumeRole and act with every permission of the role, including its access to PHI.",
        Remediation = "Name the accounts, roles or services that may assume the role in the Principal element, or add a condition on aws:PrincipalOrgID, aws:PrincipalAccount or, for a third party, sts:ExternalId.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "vendor_trust" {
              statement {
                actions = ["sts:AssumeRole"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::111122223333:root"]
                }
                condition {
                  test     = "StringEquals"
                  variable = "sts:ExternalId"
                  values   = [var.vendor_external_id]
                }
              }
            }
            """).AndCloudFormation("""
            VendorAccess:
              Type: AWS::IAM::Role
              Properties:
                AssumeRolePolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Principal:
                        AWS: arn:aws:iam::111122223333:root
                      Action: sts:AssumeRole
                      Condition:
                        StringEquals:
                          sts:ExternalId: !Ref VendorExternalId
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(B)", "hipaa:164.308(a)(3)(i)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:8.3"],
        Related = ["checkov:CKV_AWS_60"],
        ResourceTypes = ["aws_iam_role", "aws_iam_policy_document", "AWS::IAM::Role"],
    };

    protected override void Check(IamRole role, PolicyCheck check) =>
        PublicStatements.Check(role.TrustPolicy, check, $"Role {role.DisplayName}", "trust policy");
}
