using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Rds;

/// <summary>
/// Builds <see cref="RdsDatabase"/> from <c>aws_db_instance</c>, <c>aws_rds_cluster</c> and
/// <c>aws_rds_cluster_instance</c>, applying the AWS provider's documented defaults: <c>storage_encrypted</c> false
/// (for a cluster: true in <c>engine_mode = "serverless"</c>, false otherwise), <c>publicly_accessible</c> false,
/// <c>backup_retention_period</c> 0 for a DB instance and 1 for a cluster.
/// </summary>
public sealed class TerraformRdsDatabaseAdapter : IModelAdapter<RdsDatabase>
{
    public ImmutableArray<RdsDatabase> Build(AdapterContext context)
    {
        var databases = ImmutableArray.CreateBuilder<RdsDatabase>();
        foreach (var instance in context.Resources("aws_db_instance").Where(IsTerraform))
        {
            databases.Add(new RdsDatabase
            {
                Resource = instance,
                Kind = "DB instance",
                Identifier = instance["identifier"],
                StorageEncrypted = Defaults.Or(instance["storage_encrypted"], instance, false),
                PubliclyAccessible = Defaults.Or(instance["publicly_accessible"], instance, false),
                BackupRetentionPeriod = Defaults.Or(instance["backup_retention_period"], instance, 0m),
            });
        }

        foreach (var cluster in context.Resources("aws_rds_cluster").Where(IsTerraform))
        {
            databases.Add(new RdsDatabase
            {
                Resource = cluster,
                Kind = "DB cluster",
                Identifier = cluster["cluster_identifier"],
                StorageEncrypted = ClusterStorageEncrypted(cluster),
                BackupRetentionPeriod = Defaults.Or(cluster["backup_retention_period"], cluster, 1m),
            });
        }

        foreach (var member in context.Resources("aws_rds_cluster_instance").Where(IsTerraform))
        {
            databases.Add(new RdsDatabase
            {
                Resource = member,
                Kind = "cluster instance",
                Identifier = member["identifier"],
                PubliclyAccessible = Defaults.Or(member["publicly_accessible"], member, false),
            });
        }

        return databases.ToImmutable();
    }

    private static bool IsTerraform(Resource resource) => resource.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan;

    /// <summary>
    /// A cluster's storage is encrypted by default only in the serverless (v1) engine mode; when the engine mode is
    /// unknown the default is too, so the unknown engine mode stands for it.
    /// </summary>
    private static Value ClusterStorageEncrypted(Resource cluster)
    {
        var written = cluster["storage_encrypted"];
        if (!written.IsAbsent)
        {
            return written;
        }

        var engineMode = cluster["engine_mode"];
        return engineMode.IsUnknown ? engineMode : Defaults.Or(written, cluster, engineMode.AsString() == "serverless");
    }
}
