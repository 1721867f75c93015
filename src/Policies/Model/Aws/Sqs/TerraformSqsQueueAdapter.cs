using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Sqs;

/// <summary>Builds <see cref="SqsQueue"/> from <c>aws_sqs_queue</c>.</summary>
public sealed class TerraformSqsQueueAdapter : IModelAdapter<SqsQueue>
{
    public ImmutableArray<SqsQueue> Build(AdapterContext context) =>
    [
        .. context.Resources("aws_sqs_queue")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(queue => new SqsQueue
            {
                Resource = queue,
                Name = queue["name"],
                KmsMasterKeyId = Defaults.OrMissing(queue["kms_master_key_id"], queue),
                SqsManagedSseEnabled = Defaults.Or(queue["sqs_managed_sse_enabled"], queue, true),
            }),
    ];
}
