using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Builds <see cref="ResourcePolicy"/> from CloudFormation: the <c>KeyPolicy</c> of <c>AWS::KMS::Key</c>, the
/// <c>RepositoryPolicyText</c> of <c>AWS::ECR::Repository</c>, and the split policy resources
/// <c>AWS::SQS::QueuePolicy</c> (<c>Queues</c>), <c>AWS::SQS::QueueInlinePolicy</c> (<c>Queue</c>),
/// <c>AWS::SNS::TopicPolicy</c> (<c>Topics</c>), <c>AWS::SNS::TopicInlinePolicy</c> (<c>TopicArn</c>) and
/// <c>AWS::SecretsManager::ResourcePolicy</c> (<c>SecretId</c>). A key without <c>KeyPolicy</c> gets KMS's default key
/// policy, which only trusts the owning account, and a repository without <c>RepositoryPolicyText</c> has no policy:
/// no subject.
/// </summary>
public sealed class CloudFormationResourcePolicyAdapter : IModelAdapter<ResourcePolicy>
{
    /// <summary>Resources that hold their policy: type, kind, policy property, the property that names them (null: the logical id).</summary>
    private static readonly (string Type, string Kind, string PolicyProperty, string? NameProperty)[] Inline =
    [
        ("AWS::KMS::Key", "KMS key", "KeyPolicy", null),
        ("AWS::ECR::Repository", "ECR repository", "RepositoryPolicyText", "RepositoryName"),
    ];

    /// <summary>Split policy resources: type, kind, policy property, the property that links them to the protected resource, its type.</summary>
    private static readonly (string Type, string Kind, string PolicyProperty, string LinkProperty, string TargetType)[] Split =
    [
        ("AWS::SQS::QueuePolicy", "SQS queue", "PolicyDocument", "Queues", "AWS::SQS::Queue"),
        ("AWS::SQS::QueueInlinePolicy", "SQS queue", "PolicyDocument", "Queue", "AWS::SQS::Queue"),
        ("AWS::SNS::TopicPolicy", "SNS topic", "PolicyDocument", "Topics", "AWS::SNS::Topic"),
        ("AWS::SNS::TopicInlinePolicy", "SNS topic", "PolicyDocument", "TopicArn", "AWS::SNS::Topic"),
        ("AWS::SecretsManager::ResourcePolicy", "Secrets Manager secret", "ResourcePolicy", "SecretId", "AWS::SecretsManager::Secret"),
    ];

    public ImmutableArray<ResourcePolicy> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<ResourcePolicy>();
        foreach (var (type, kind, policyProperty, nameProperty) in Inline)
        {
            foreach (var resource in context.Resources(type).Where(CloudFormationIamIdentityPolicyAdapter.IsCloudFormation).Where(r => !r[policyProperty].IsAbsent))
            {
                result.Add(new ResourcePolicy
                {
                    Resource = resource,
                    Kind = kind,
                    Target = nameProperty is null ? $"\"{resource.Address}\"" : TerraformIamIdentityPolicyAdapter.Named(resource[nameProperty], resource.Address),
                    Document = PolicyDocumentReader.Read(resource[policyProperty]),
                });
            }
        }

        foreach (var (type, kind, policyProperty, linkProperty, targetType) in Split)
        {
            foreach (var resource in context.Resources(type).Where(CloudFormationIamIdentityPolicyAdapter.IsCloudFormation))
            {
                result.Add(new ResourcePolicy
                {
                    Resource = resource,
                    Kind = kind,
                    Target = TargetOf(context, resource, resource[linkProperty], targetType),
                    Document = PolicyDocumentReader.Read(resource[policyProperty]),
                });
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The protected resources as messages name them: their logical ids when linked by reference, else the written names or URLs.</summary>
    private static string TargetOf(AdapterContext context, Resource policy, Value link, string targetType)
    {
        var items = link is ListValue list ? list.Items : [link];
        var names = items.Select(item => context.Links.Targets(policy, item, targetType).FirstOrDefault() is { } target
                ? $"\"{target.Address}\""
                : item.AsString() is { } written ? $"\"{written}\"" : null)
            .OfType<string>()
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : $"\"{policy.Address}\"";
    }
}
