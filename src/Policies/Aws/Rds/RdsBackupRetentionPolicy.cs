using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Rds;

namespace PolicyScan.Policies.Aws.Rds;

/// <summary>An RDS DB instance or cluster without automated backups.</summary>
public sealed class RdsBackupRetentionPolicy : Policy<RdsDatabase>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-RDS-003",
        Name = "rds-automated-backups-disabled",
        Title = "RDS database has automated backups disabled",
        Severity = Severity.Medium,
        Description = "An aws_db_instance or aws_rds_cluster has backup_retention_period = 0, which disables automated backups and point-in-time recovery. For aws_db_instance the provider documents 0 as the default, so leaving the argument out fails too; for aws_rds_cluster the default is 1 day. In CloudFormation: an AWS::RDS::DBInstance or AWS::RDS::DBCluster with BackupRetentionPeriod 0; left out, CloudFormation documents a default of 1 day, which passes. A DBInstance with DBClusterIdentifier takes its backups from the cluster.",
        Rationale = "Without automated backups a deleted table, a corrupting bug or ransomware inside the database cannot be undone; HIPAA requires retrievable exact copies of ePHI.",
        Remediation = "Set backup_retention_period to the number of days your recovery objectives need (at least 7 is common; up to 35), and a backup_window outside peak hours.",
        FixedExamples = Examples.Terraform("""
            resource "aws_db_instance" "phi" {
              identifier              = "phi"
              engine                  = "postgres"
              instance_class          = "db.t4g.medium"
              allocated_storage       = 20
              backup_retention_period = 14
              backup_window           = "03:00-04:00"
            }
            """).AndCloudFormation("""
            Resources:
              Phi:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t4g.medium
                  AllocatedStorage: "20"
                  BackupRetentionPeriod: 14
                  PreferredBackupWindow: "03:00-04:00"
            """),
        Compliance = ["hipaa:164.308(a)(7)(ii)(A)", "gdpr:32(1)(c)", "nis2:21(2)(c)", "iso27001:8.13", "aws-fsbp:RDS.11"],
        Related = ["checkov:CKV_AWS_133"],
        ResourceTypes = ["aws_db_instance", "aws_rds_cluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
    };

    protected override IEnumerable<RdsDatabase> Subjects(CloudModel model) => model.Get<RdsDatabase>().Where(d => d.BackupRetentionPeriod is not null);

    protected override void Check(RdsDatabase database, PolicyCheck check)
    {
        var retention = database.BackupRetentionPeriod!;
        var failure = retention.Origin == ValueOrigin.Defaulted
            ? $"{database.DisplayName} does not set {check.Name("backup_retention_period", "BackupRetentionPeriod")}, so automated backups are off (the default is 0 days)"
            : $"{database.DisplayName} has {check.Name("backup_retention_period", "BackupRetentionPeriod")} = 0, so automated backups are off";
        check.Require(retention, v => v.AsNumber() is not 0m, failure, $"{database.DisplayName}: its backup retention period is only known after apply");
    }
}
