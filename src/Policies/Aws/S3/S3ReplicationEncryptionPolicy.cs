using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>A replication rule whose replicas are not encrypted with a KMS key.</summary>
public sealed class S3ReplicationEncryptionPolicy : Policy<S3Bucket>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-010",
        Name = "s3-replication-destination-encrypted",
        Title = "S3 replication does not encrypt replicas with a KMS key",
        Severity = Severity.Medium,
        Description = "A replication rule of the bucket has no replica_kms_key_id in its destination's encryption configuration, so replicas are not encrypted with a key you choose (in CloudFormation: Destination.EncryptionConfiguration.ReplicaKmsKeyID of a ReplicationConfiguration rule).",
        Rationale = "Replication copies patient data to another bucket, often another region; the copy needs the same protection as the original.",
        Remediation = "Set destination { encryption_configuration { replica_kms_key_id = aws_kms_key.replica.arn } } and replicate SSE-KMS objects (source_selection_criteria).",
        FixedExamples = Examples.Terraform("""
            resource "aws_s3_bucket_replication_configuration" "phi" {
              bucket = aws_s3_bucket.phi.id
              role   = aws_iam_role.replication.arn
              rule {
                status = "Enabled"
                destination {
                  bucket = aws_s3_bucket.phi_replica.arn
                  encryption_configuration {
                    replica_kms_key_id = aws_kms_key.replica.arn
                  }
                }
                source_selection_criteria {
                  sse_kms_encrypted_objects {
                    status = "Enabled"
                  }
                }
              }
            }
            """).AndCloudFormation("""
            PhiBucket:
              Type: AWS::S3::Bucket
              Properties:
                VersioningConfiguration:
                  Status: Enabled
                ReplicationConfiguration:
                  Role: !GetAtt ReplicationRole.Arn
                  Rules:
                    - Status: Enabled
                      Destination:
                        Bucket: !GetAtt PhiReplicaBucket.Arn
                        EncryptionConfiguration:
                          ReplicaKmsKeyID: !GetAtt ReplicaKey.Arn
                      SourceSelectionCriteria:
                        SseKmsEncryptedObjects:
                          Status: Enabled
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = [],
        ResourceTypes = ["aws_s3_bucket", "aws_s3_bucket_replication_configuration", "AWS::S3::Bucket"],
    };

    protected override IEnumerable<S3Bucket> Subjects(Model.CloudModel model) => model.Get<S3Bucket>().Where(b => !b.ReplicationRules.IsEmpty);

    protected override void Check(S3Bucket bucket, PolicyCheck check)
    {
        foreach (var rule in bucket.ReplicationRules.Where(r => r.Status.AsString() != "Disabled"))
        {
            // The provider sends replica_kms_key_id only when it is not empty: "" leaves the replicas without a key.
            if (rule.ReplicaKmsKeyId.IsAbsent || rule.ReplicaKmsKeyId.AsString() is "")
            {
                check.Fail(rule.ReplicaKmsKeyId.IsMissing ? new Parsers.Graph.MissingValue(rule.Location) : rule.ReplicaKmsKeyId, $"Bucket {S3BucketPublicAclPolicy.Name(bucket)} replicates to {rule.DestinationBucket.AsString() ?? "another bucket"} without a replica KMS key");
            }
        }
    }
}
