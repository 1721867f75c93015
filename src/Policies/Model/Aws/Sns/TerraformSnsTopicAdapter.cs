using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sns;

/// <summary>Builds <see cref="SnsTopic"/> from <c>aws_sns_topic</c>.</summary>
public sealed class TerraformSnsTopicAdapter : IModelAdapter<SnsTopic>
{
    public ImmutableArray<SnsTopic> Build(AdapterContext context) =>
    [
        .. context.Resources("aws_sns_topic")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(topic => new SnsTopic
            {
                Resource = topic,
                Name = topic["name"],
                KmsMasterKeyId = Defaults.OrMissing(topic["kms_master_key_id"], topic),
            }),
    ];
}
