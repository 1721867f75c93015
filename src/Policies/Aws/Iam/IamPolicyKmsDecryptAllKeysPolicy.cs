using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>An identity policy that allows kms:Decrypt (or kms:ReEncryptFrom) on every KMS key.</summary>
public sealed class IamPolicyKmsDecryptAllKeysPolicy : Policy<IamIdentityPolicy>
{
    private static readonly string[] DecryptActions = ["kms:Decrypt", "kms:ReEncryptFrom"];

    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-IAM-009",
        Name = "iam-policy-kms-decrypt-all-keys",
        Title = "IAM policy allows decryption with every KMS key",
        Severity = Severity.Medium,
        Description = "An identity policy (customer managed aws_iam_policy, or an inline role, user or group policy; in CloudFormation AWS::IAM::ManagedPolicy, AWS::IAM::Policy, AWS::IAM::RolePolicy, AWS::IAM::UserPolicy, AWS::IAM::GroupPolicy or the Policies list of a role, user or group) has an Allow statement whose actions include kms:Decrypt or kms:ReEncryptFrom (written, through a wildcard such as \"kms:*\" or \"*\", or through NotAction) on Resource \"*\" or a key ARN whose key part is a wildcard. Conditions are not considered, as in the Security Hub controls.",
        Rationale = "Encryption with customer managed keys protects PHI only if few principals can decrypt; a policy that can decrypt with every key in the account undoes that separation for every encrypted store at once.",
        Remediation = "List the ARNs of the keys the principal needs in the statement's resources, or use a condition such as kms:ViaService and name the keys.",
        FixedExamples = Examples.Terraform("""
            data "aws_iam_policy_document" "reader" {
              statement {
                actions   = ["kms:Decrypt"]
                resources = [aws_kms_key.phi.arn]
              }
            }
            """).AndCloudFormation("""
            ReaderDecrypt:
              Type: AWS::IAM::RolePolicy
              Properties:
                PolicyName: decrypt
                RoleName: !Ref Reader
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: kms:Decrypt
                      Resource: !GetAtt PhiKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(B)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.15", "iso27001:8.2", "aws-fsbp:KMS.1", "aws-fsbp:KMS.2"],
        ResourceTypes = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "aws_iam_policy_document", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
    };

    protected override void Check(IamIdentityPolicy policy, PolicyCheck check)
    {
        var unsure = false;
        foreach (var statement in policy.Document.Statements)
        {
            // An unknown NotAction element could name the decrypt actions: the grant then cannot be concluded.
            var unknownNotAction = statement.NotActions.Any(a => a.IsUnknown);
            var action = unknownNotAction ? null : DecryptActions.FirstOrDefault(statement.Grants);
            var resource = statement.Resources.FirstOrDefault(IsEveryKey);
            if (statement.IsAllow && action is not null && resource is not null)
            {
                var where = statement.Actions.FirstOrDefault(a => a.AsString() is { } p && StatementAnalysis.WildcardMatches(p, action)) ?? resource;
                check.Fail(where, $"{policy.Label} allows {action} with every KMS key in {statement.Label}");
                continue;
            }

            // Unknown values never pass silently: an effect, action or key only known after apply could still
            // complete a decrypt grant on every key (an unset variable as the Resource used to pass unreported).
            var couldAllow = statement.IsAllow || statement.Effect.IsUnknown;
            var couldDecrypt = action is not null || statement.Actions.Any(a => a.IsUnknown)
                || (unknownNotAction && DecryptActions.Any(d => !statement.NotActions.Any(a => a.AsString() is { } p && StatementAnalysis.WildcardMatches(p, d))));
            var couldBeEveryKey = resource is not null || statement.Resources.Any(MayBeEveryKey);
            if (couldAllow && couldDecrypt && couldBeEveryKey)
            {
                var unknown = new[] { statement.Effect }.Concat(statement.Actions).Concat(statement.NotActions).Concat(statement.Resources.Where(MayBeEveryKey)).First(v => v.IsUnknown);
                check.Unknown(unknown, $"{policy.Label} may allow decryption with every KMS key in {statement.Label}: part of it is only known after apply");
                unsure = true;
            }
        }

        if (!unsure && policy.Document.HasUnreadStatements())
        {
            check.Unknown(policy.Document.Source, $"{policy.Label} has a document whose statements are only known after apply");
        }
    }

    /// <summary>
    /// A resource that is not known but could be every key: an unset variable could hold "*". The computed ARN or id
    /// of a key in the configuration (<c>aws_kms_key.phi.arn</c>, <c>!GetAtt PhiKey.Arn</c>, <c>!Ref PhiKey</c>)
    /// names that one key, so it cannot.
    /// </summary>
    private static bool MayBeEveryKey(Value resource) => resource is UnknownValue unknown
        && !(unknown.References.Length > 0 && unknown.References.All(NamesOneKey));

    /// <summary>
    /// Terraform's key attributes, CloudFormation's <c>Fn::GetAtt</c> attributes, and a CloudFormation <c>Ref</c> to a
    /// resource (no attribute, and a logical id has no dot, unlike every Terraform address), which gives the key id.
    /// </summary>
    private static bool NamesOneKey(ReferenceTarget reference) => reference.Attribute is { } attribute
        ? attribute is "arn" or "id" or "key_id" or "Arn" or "KeyId"
        : !reference.Address.Contains('.', StringComparison.Ordinal);

    private static bool IsEveryKey(Value resource) => resource.AsString() is { } arn
        && (arn == "*" || (arn.StartsWith("arn:", StringComparison.Ordinal) && arn.Split(':') is { Length: 6 } parts && parts[2] is "kms" or "*" && parts[5] is "*" or "key/*"));
}
