using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="ResourcePolicy"/> from the <c>policy</c> of KMS keys, SQS queues, SNS topics and Secrets Manager
/// secrets, and from their split policy resources (<c>aws_kms_key_policy</c>, <c>aws_sqs_queue_policy</c>,
/// <c>aws_sns_topic_policy</c>, <c>aws_ecr_repository_policy</c>, <c>aws_secretsmanager_secret_policy</c>). A resource
/// without a written policy gets the service's default policy, which only trusts the owning account: no subject.
/// </summary>
public sealed class TerraformResourcePolicyAdapter : IModelAdapter<ResourcePolicy>
{
    /// <summary>Resources with an inline <c>policy</c>: type, kind, attribute that names them.</summary>
    private static readonly (string Type, string Kind, string NameAttribute)[] Inline =
    [
        ("aws_kms_key", "KMS key", "description"),
        ("aws_sqs_queue", "SQS queue", "name"),
        ("aws_sns_topic", "SNS topic", "name"),
        ("aws_secretsmanager_secret", "Secrets Manager secret", "name"),
    ];

    /// <summary>Split policy resources: type, kind, the attribute that links them to the protected resource, its type.</summary>
    private static readonly (string Type, string Kind, string LinkAttribute, string TargetType)[] Split =
    [
        ("aws_kms_key_policy", "KMS key", "key_id", "aws_kms_key"),
        ("aws_sqs_queue_policy", "SQS queue", "queue_url", "aws_sqs_queue"),
        ("aws_sns_topic_policy", "SNS topic", "arn", "aws_sns_topic"),
        ("aws_ecr_repository_policy", "ECR repository", "repository", "aws_ecr_repository"),
        ("aws_secretsmanager_secret_policy", "Secrets Manager secret", "secret_arn", "aws_secretsmanager_secret"),
    ];

    public ImmutableArray<ResourcePolicy> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<ResourcePolicy>();
        foreach (var (type, kind, nameAttribute) in Inline)
        {
            foreach (var resource in context.Resources(type).Where(TerraformIamIdentityPolicyAdapter.IsTerraform).Where(r => !r["policy"].IsAbsent))
            {
                result.Add(new ResourcePolicy
                {
                    Resource = resource,
                    Kind = kind,
                    Target = type == "aws_kms_key" ? $"\"{resource.Address}\"" : TerraformIamIdentityPolicyAdapter.Named(resource[nameAttribute], resource.Address),
                    Document = PolicyDocumentReader.Read(resource["policy"]),
                });
            }
        }

        foreach (var (type, kind, linkAttribute, targetType) in Split)
        {
            foreach (var resource in context.Resources(type).Where(TerraformIamIdentityPolicyAdapter.IsTerraform))
            {
                var link = resource[linkAttribute];
                var target = context.Links.Targets(resource, link, targetType).FirstOrDefault(r => r.Mode == ResourceMode.Managed);
                result.Add(new ResourcePolicy
                {
                    Resource = resource,
                    Kind = kind,
                    Target = target is not null ? $"\"{target.Address}\"" : TerraformIamIdentityPolicyAdapter.Named(link, resource.Address),
                    Document = PolicyDocumentReader.Read(resource["policy"]),
                });
            }
        }

        return result.ToImmutable();
    }
}
