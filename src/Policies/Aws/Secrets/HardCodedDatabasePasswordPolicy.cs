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
        Description = "The master password or auth token of an aws_db_instance, aws_rds_cluster, aws_redshift_cluster, aws_redshiftserverless_namespace, aws_docdb_cluster or aws_elasticache_replication_group (password, master_password, admin_user_password, auth_token and their write-only _wo variants) is a string literal in the .tf files: written in the attribute, in a local, in the literal default of a root module variable (when the value used is that default), or in the argument of the module block that passes it to a module. A value from a .tfvars file, the environment or the command line, a value only known after apply (random_password, a Secrets Manager data source, an unset variable) and a value computed by a function are not reported. The secret itself is never printed.",
        Rationale = "A password in the source is readable by everyone with access to the repository, its forks, its history and the CI logs, and is rarely rotated; for a database of patient records it is a standing, unaudited credential.",
        Remediation = "Let RDS, Redshift or DocumentDB manage the password in Secrets Manager (manage_master_user_password = true / manage_master_password = true), or pass it in from a secret store (an ephemeral or data source, or a variable marked sensitive without a default), and rotate the password that was committed.",
        FixedExamples = Examples.Terraform("""
            resource "aws_db_instance" "phi" {
              identifier                  = "phi"
              engine                      = "postgres"
              instance_class              = "db.t4g.medium"
              allocated_storage           = 20
              username                    = "app"
              manage_master_user_password = true
            }
            """),
        Compliance = ["hipaa:164.312(d)", "hipaa:164.308(a)(5)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17"],
        Related = [],
        ResourceTypes = ["aws_db_instance", "aws_rds_cluster", "aws_redshift_cluster", "aws_redshiftserverless_namespace", "aws_docdb_cluster", "aws_elasticache_replication_group"],
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
