using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sqs;

/// <summary>
/// Builds <see cref="SqsQueue"/> from <c>AWS::SQS::Queue</c>. <c>SqsManagedSseEnabled</c> left out is true: since
/// October 2022 SQS encrypts new queues with SSE-SQS unless told otherwise.
/// </summary>
public sealed class CloudFormationSqsQueueAdapter : IModelAdapter<SqsQueue>
{
    public ImmutableArray<SqsQueue> Build(AdapterContext context) =>
    [
        .. context.Resources("AWS::SQS::Queue")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(queue => new SqsQueue
            {
                Resource = queue,
                Name = queue["QueueName"],
                KmsMasterKeyId = Defaults.OrMissing(queue["KmsMasterKeyId"], queue),
                SqsManagedSseEnabled = Defaults.Or(queue["SqsManagedSseEnabled"], queue, true),
            }),
    ];
}
