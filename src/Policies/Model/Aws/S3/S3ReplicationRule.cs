using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>A replication rule: where objects go, and with which KMS key the replicas are encrypted (missing when none).</summary>
public sealed record S3ReplicationRule(Value Status, Value DestinationBucket, Value ReplicaKmsKeyId, PolicyScan.Parsers.Text.SourceRange Location);
