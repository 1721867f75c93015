using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Redshift;

namespace PolicyScan.Policies.Aws.Redshift;

/// <summary>A Redshift cluster with a public endpoint.</summary>
public sealed class RedshiftClusterPubliclyAccessiblePolicy : Policy<RedshiftCluster>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-REDSHIFT-002",
        Name = "redshift-cluster-publicly-accessible",
        Title = "Redshift cluster is publicly accessible",
        Severity = Severity.Critical,
        Description = "An aws_redshift_cluster has publicly_accessible = true, or leaves it out: AWS provider versions before 6.0 default to true (6.0 changed the default to false), so an explicit publicly_accessible = false is required. In CloudFormation: an AWS::Redshift::Cluster with PubliclyAccessible: true; left out, the CreateCluster API that CloudFormation calls documents a default of false, which passes.",
        Rationale = "A publicly accessible cluster has an endpoint that resolves to a public address; only its security group keeps the internet away from the warehouse's data.",
        Remediation = "Set publicly_accessible = false and reach the cluster from inside the VPC.",
        FixedExamples = Examples.Terraform("""
            resource "aws_redshift_cluster" "warehouse" {
              cluster_identifier        = "warehouse"
              node_type                 = "ra3.xlplus"
              manage_master_password    = true
              master_username           = "admin"
              cluster_subnet_group_name = aws_redshift_subnet_group.private.name
              publicly_accessible       = false
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
                  ClusterSubnetGroupName: !Ref PrivateSubnets
                  PubliclyAccessible: false
            """),
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.20", "aws-fsbp:Redshift.1"],
        Related = ["checkov:CKV_AWS_87"],
        ResourceTypes = ["aws_redshift_cluster", "AWS::Redshift::Cluster"],
    };

    protected override void Check(RedshiftCluster cluster, PolicyCheck check) =>
        check.Require(
            cluster.PubliclyAccessible,
            v => v.IsFalse,
            cluster.PubliclyAccessible.Origin == ValueOrigin.Defaulted
                ? $"Redshift cluster {cluster.DisplayName} does not set {check.Name("publicly_accessible", "PubliclyAccessible")} (publicly accessible by default before AWS provider 6.0)"
                : $"Redshift cluster {cluster.DisplayName} has {check.Name("publicly_accessible", "PubliclyAccessible")} = true",
            $"Redshift cluster {cluster.DisplayName}: whether it is publicly accessible is only known after apply");
}
