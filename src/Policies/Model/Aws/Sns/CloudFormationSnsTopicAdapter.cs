using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sns;

/// <summary>Builds <see cref="SnsTopic"/> from <c>AWS::SNS::Topic</c>: without <c>KmsMasterKeyId</c> stored messages are not encrypted.</summary>
public sealed class CloudFormationSnsTopicAdapter : IModelAdapter<SnsTopic>
{
    public ImmutableArray<SnsTopic> Build(AdapterContext context) =>
    [
        .. context.Resources("AWS::SNS::Topic")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(topic => new SnsTopic
            {
                Resource = topic,
                Name = topic["TopicName"],
                KmsMasterKeyId = Defaults.OrMissing(topic["KmsMasterKeyId"], topic),
            }),
    ];
}
