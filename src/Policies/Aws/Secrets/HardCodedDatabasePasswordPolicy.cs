using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Secrets;

namespace PolicyScan.Policies.Aws.Secrets;

/// <summary>A database, cluster or cache whose master password or auth token is written in the configuration.</summary>
public sealed class HardCodedDatabasePasswordPolicy : Policy<SecretBearingResource>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SECRETS-001",
        Name = "hard-coded-database-password",
        Title = "Database password is hard-coded in the configuration",
        Severity = Severity.High,
        Description = "The master password or auth token of an aws_db_instance, aws_rds_cluster, aws_redshift_cluster, aws_redshiftserverless_namespace, aws_docdb_cluster or aws_elasticache_replication_group (password, master_password, admin_user_password, auth_token and their write-only _wo variants) is a string literal in the .tf files: written in the attribute, in a local, in the literal default of a root module variable (when the value used is that default), or in the argument of the module block that passes it to a module. A value from a .tfvars file, the environment or the command line, a value only known after apply (random_password, a Secrets Manager data source, an unset variable) and a value computed by a function are not reported. The secret itself is never printed. In CloudFormation: the MasterUserPassword of an AWS::RDS::DBInstance, AWS::RDS::DBCluster, AWS::Redshift::Cluster or AWS::DocDB::DBCluster, the AdminUserPassword of an AWS::RedshiftServerless::Namespace or the AuthToken of an AWS::ElastiCache::ReplicationGroup is a literal in the template (also in the chosen branch of Fn::If), or a Ref to a parameter whose Default is that literal (NoEcho or not). A NoEcho parameter without default, a value from a parameter file and a dynamic reference ({{resolve:secretsmanager:...}}, {{resolve:ssm-secure:...}}) are not reported; values built with Fn::Sub, Fn::Join or Fn::FindInMap are not followed.",
        Rationale = "A password in the source is readable by everyone with access to the repository, its forks, its history and the CI logs, and is rarely rotated; for a database of patient records it is a standing, unaudited credential.",
        Remediation = "Let RDS, Redshift or DocumentDB manage the password in Secrets Manager (manage_master_user_password = true / manage_master_password = true), or pass it in from a secret store (an ephemeral or data source, or a variable marked sensitive without a default), and rotate the password that was committed. In CloudFormation, set ManageMasterUserPassword: true (ManageMasterPassword for Redshift, DocumentDB) or use a {{resolve:secretsmanager:...}} dynamic reference or a NoEcho parameter without a Default.",
        FixedExamples = Examples.Terraform("""
            resource "aws_db_instance" "phi" {
              identifier                  = "phi"
              engine                      = "postgres"
              instance_class              = "db.t4g.medium"
              allocated_storage           = 20
              username                    = "app"
              manage_master_user_password = true
            }
            """).AndCloudFormation("""
            Parameters:
              DbPassword:
                Type: String
                NoEcho: true
            Resources:
              Phi:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t4g.medium
                  AllocatedStorage: "20"
                  MasterUsername: app
                  ManageMasterUserPassword: true
              Reporting:
                Type: AWS::RDS::DBCluster
                Properties:
                  Engine: aurora-postgresql
                  MasterUsername: app
                  MasterUserPassword: !Ref DbPassword
            """),
        Compliance = ["hipaa:164.312(d)", "hipaa:164.308(a)(5)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17"],
        Related = [],
        ResourceTypes = ["aws_db_instance", "aws_rds_cluster", "aws_redshift_cluster", "aws_redshiftserverless_namespace", "aws_docdb_cluster", "aws_elasticache_replication_group", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::Redshift::Cluster", "AWS::RedshiftServerless::Namespace", "AWS::DocDB::DBCluster", "AWS::ElastiCache::ReplicationGroup"],
    };

    protected override void Check(SecretBearingResource resource, PolicyCheck check)
    {
        var name = $"{resource.Kind} \"{resource.Resource.Address}\"";
        foreach (var secret in resource.Secrets.Where(s => s.IsHardCoded))
        {
            check.Fail(secret.Value, $"{name} has its {secret.Name} hard-coded {SecretLocation.Describe(secret, check.LocationOf(secret.Value))}");
        }
    }
}
