using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Rds;

namespace PolicyScan.Policies.Aws.Rds;

/// <summary>An RDS DB instance or Aurora/Multi-AZ cluster whose storage is not encrypted.</summary>
public sealed class RdsStorageEncryptionPolicy : Policy<RdsDatabase>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-RDS-001",
        Name = "rds-storage-unencrypted",
        Title = "RDS database storage is not encrypted",
        Severity = Severity.High,
        Description = "An aws_db_instance or aws_rds_cluster has storage_encrypted = false, or leaves it out: the provider's default is false, except for a cluster in engine_mode = \"serverless\", which is always encrypted. Cluster members (aws_rds_cluster_instance) take their encryption from the cluster and are judged there. In CloudFormation: an AWS::RDS::DBInstance or AWS::RDS::DBCluster with StorageEncrypted false or left out (the RDS API default is false; a DBCluster with EngineMode serverless is always encrypted); a DBInstance with DBClusterIdentifier takes its encryption from the cluster and one with SourceDBInstanceIdentifier (a read replica) from its source, and are not judged; a database restored from a snapshot (DBSnapshotIdentifier, SnapshotIdentifier) without StorageEncrypted is unknown, since it has the snapshot's encryption.",
        Rationale = "Unencrypted database storage exposes patient records, and the snapshots and read replicas made from it, to anyone who obtains the underlying volumes or a shared snapshot. Encryption cannot be turned on later without copying the data to a new database.",
        Remediation = "Set storage_encrypted = true (with kms_key_id naming a customer-managed key where you need to control decryption). For an existing database, restore an encrypted copy of a snapshot and switch over.",
        FixedExamples = Examples.Terraform("""
            resource "aws_db_instance" "phi" {
              identifier        = "phi"
              engine            = "postgres"
              instance_class    = "db.t4g.medium"
              allocated_storage = 20
              storage_encrypted = true
              kms_key_id        = aws_kms_key.phi.arn
            }
            """).AndCloudFormation("""
            Resources:
              Phi:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t4g.medium
                  AllocatedStorage: "20"
                  StorageEncrypted: true
                  KmsKeyId: !GetAtt PhiKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:RDS.3"],
        Related = ["checkov:CKV_AWS_16", "checkov:CKV_AWS_96", "trivy:AVD-AWS-0080"],
        ResourceTypes = ["aws_db_instance", "aws_rds_cluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
    };

    protected override IEnumerable<RdsDatabase> Subjects(CloudModel model) => model.Get<RdsDatabase>().Where(d => d.StorageEncrypted is not null);

    protected override void Check(RdsDatabase database, PolicyCheck check)
    {
        var encrypted = database.StorageEncrypted!;
        var failure = encrypted.IsAbsent || encrypted.Origin == Parsers.Graph.ValueOrigin.Defaulted
            ? $"{database.DisplayName} does not set {check.Name("storage_encrypted", "StorageEncrypted")}, so its storage is not encrypted"
            : $"{database.DisplayName} has {check.Name("storage_encrypted", "StorageEncrypted")} = false";
        check.Require(encrypted, v => v.IsTrue, failure, $"{database.DisplayName}: whether its storage is encrypted is only known after apply");
    }
}
