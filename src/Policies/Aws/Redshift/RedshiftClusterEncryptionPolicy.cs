using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Redshift;

namespace PolicyScan.Policies.Aws.Redshift;

/// <summary>A Redshift cluster that is not encrypted at rest.</summary>
public sealed class RedshiftClusterEncryptionPolicy : Policy<RedshiftCluster>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-REDSHIFT-001",
        Name = "redshift-cluster-unencrypted",
        Title = "Redshift cluster is not encrypted at rest",
        Severity = Severity.High,
        Description = "An aws_redshift_cluster has encrypted = false, or leaves it out. AWS provider versions before 6.0 create unencrypted clusters by default (6.0 changed the default to true); because the version in use is not part of the configuration, an explicit encrypted = true is required. In CloudFormation: an AWS::Redshift::Cluster with Encrypted: false; left out, the CreateCluster API that CloudFormation calls documents a default of true, which passes.",
        Rationale = "A data warehouse concentrates patient data from many systems; unencrypted, its disks, backups and snapshots expose all of it.",
        Remediation = "Set encrypted = true, with kms_key_id naming a customer-managed key where you need to control decryption.",
        FixedExamples = Examples.Terraform("""
            resource "aws_redshift_cluster" "warehouse" {
              cluster_identifier     = "warehouse"
              node_type              = "ra3.xlplus"
              manage_master_password = true
              master_username        = "admin"
              encrypted              = true
              kms_key_id             = aws_kms_key.warehouse.arn
            }
            """).AndCloudFormation("""
            Resources:
              Analytics:
                Type: AWS::Redshift::Cluster
                Properties:
                  ClusterType: single-node
                  NodeType: ra3.xlplus
                  DBName: analytics
                  MasterUsername: admin
                  ManageMasterPassword: true
                  Encrypted: true
                  KmsKeyId: !Ref AnalyticsKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_64"],
        ResourceTypes = ["aws_redshift_cluster", "AWS::Redshift::Cluster"],
    };

    protected override void Check(RedshiftCluster cluster, PolicyCheck check) =>
        check.Require(
            cluster.Encrypted,
            v => v.IsTrue,
            cluster.Encrypted.Origin == ValueOrigin.Defaulted
                ? $"Redshift cluster {cluster.DisplayName} does not set {check.Name("encrypted", "Encrypted")} (unencrypted by default before AWS provider 6.0)"
                : $"Redshift cluster {cluster.DisplayName} has {check.Name("encrypted", "Encrypted")} = false",
            $"Redshift cluster {cluster.DisplayName}: whether it is encrypted is only known after apply");
}
