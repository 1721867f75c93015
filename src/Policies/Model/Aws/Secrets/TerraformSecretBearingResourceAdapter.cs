using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// Builds <see cref="SecretBearingResource"/> from the resources whose arguments take a master password or auth
/// token, tracing each set value to the literal it was written as, if any.
/// </summary>
public sealed class TerraformSecretBearingResourceAdapter : IModelAdapter<SecretBearingResource>
{
    /// <summary>Resource types, how messages name them, and their secret arguments (write-only variants included).</summary>
    private static readonly (string Type, string Kind, string[] Attributes)[] Types =
    [
        ("aws_db_instance", "DB instance", ["password", "password_wo"]),
        ("aws_rds_cluster", "DB cluster", ["master_password", "master_password_wo"]),
        ("aws_redshift_cluster", "Redshift cluster", ["master_password", "master_password_wo"]),
        ("aws_redshiftserverless_namespace", "Redshift Serverless namespace", ["admin_user_password", "admin_user_password_wo"]),
        ("aws_docdb_cluster", "DocumentDB cluster", ["master_password", "master_password_wo"]),
        ("aws_elasticache_replication_group", "ElastiCache replication group", ["auth_token"]),
    ];

    public ImmutableArray<SecretBearingResource> Build(AdapterContext context)
    {
        var tracer = new LiteralTracer(context.Graph);
        var result = ImmutableArray.CreateBuilder<SecretBearingResource>();
        foreach (var (type, kind, attributes) in Types)
        {
            foreach (var resource in context.Resources(type).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
            {
                result.Add(new SecretBearingResource
                {
                    Resource = resource,
                    Kind = kind,
                    Secrets =
                    [
                        .. attributes
                            .Where(a => !resource[a].IsAbsent)
                            .Select(a => new SecretAttribute(a, resource[a], tracer.FindLiteral(resource[a], resource.ModuleAddress, resource.Root))),
                    ],
                });
            }
        }

        return result.ToImmutable();
    }
}
