using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Rds;

namespace PolicyScan.Policies.Aws.Rds;

/// <summary>An RDS DB instance or cluster member with a public endpoint.</summary>
public sealed class RdsPubliclyAccessiblePolicy : Policy<RdsDatabase>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-RDS-002",
        Name = "rds-publicly-accessible",
        Title = "RDS database is publicly accessible",
        Severity = Severity.Critical,
        Description = "An aws_db_instance or aws_rds_cluster_instance has publicly_accessible = true, which gives it a DNS name that resolves to a public IP address. The provider's default is false. In CloudFormation: an AWS::RDS::DBInstance with PubliclyAccessible: true. Left out, the result is unknown: RDS documents that the instance is then public when the VPC of its DB subnet group (or the default VPC, without a subnet group) has an internet gateway attached, which a template does not show; set it to false explicitly.",
        Rationale = "A database reachable from the internet is exposed to credential stuffing, brute force and exploits of the engine; only its security group stands between the internet and the patient data it holds.",
        Remediation = "Set publicly_accessible = false and reach the database from inside the VPC (application subnets, a bastion, SSM port forwarding or a VPN).",
        FixedExamples = Examples.Terraform("""
            resource "aws_db_instance" "phi" {
              identifier           = "phi"
              engine               = "postgres"
              instance_class       = "db.t4g.medium"
              allocated_storage    = 20
              db_subnet_group_name = aws_db_subnet_group.private.name
              publicly_accessible  = false
            }
            """).AndCloudFormation("""
            Resources:
              Phi:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t4g.medium
                  AllocatedStorage: "20"
                  DBSubnetGroupName: !Ref PrivateSubnets
                  PubliclyAccessible: false
            """),
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.20", "aws-fsbp:RDS.2"],
        Related = ["checkov:CKV_AWS_17", "tfsec:aws-rds-no-public-db-access", "trivy:AVD-AWS-0082"],
        ResourceTypes = ["aws_db_instance", "aws_rds_cluster_instance", "AWS::RDS::DBInstance"],
    };

    protected override IEnumerable<RdsDatabase> Subjects(CloudModel model) => model.Get<RdsDatabase>().Where(d => d.PubliclyAccessible is not null);

    protected override void Check(RdsDatabase database, PolicyCheck check)
    {
        // CloudFormation leaves an unset PubliclyAccessible to RDS, which decides from the VPC: the reason says so.
        if (database.PubliclyAccessible is UnknownValue { References.IsEmpty: true } undecided && undecided.Range == database.Resource.DeclarationRange)
        {
            check.Unknown(undecided, $"{database.DisplayName}: {undecided.Reason}");
            return;
        }

        check.Require(
            database.PubliclyAccessible!,
            v => !v.IsTrue,
            $"{database.DisplayName} has {check.Name("publicly_accessible", "PubliclyAccessible")} = true",
            $"{database.DisplayName}: whether it is publicly accessible is only known after apply");
    }
}
