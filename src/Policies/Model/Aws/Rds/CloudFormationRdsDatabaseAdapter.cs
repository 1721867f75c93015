using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Rds;

/// <summary>
/// Builds <see cref="RdsDatabase"/> from <c>AWS::RDS::DBInstance</c> and <c>AWS::RDS::DBCluster</c>, applying the
/// documented CloudFormation (RDS API) defaults: <c>StorageEncrypted</c> false (for a cluster: always encrypted in
/// <c>EngineMode: serverless</c>), <c>BackupRetentionPeriod</c> 1 day for both. <c>PubliclyAccessible</c> left out is
/// unknown: RDS makes the instance public when the VPC of its DB subnet group (or the default VPC, without a subnet
/// group) has an internet gateway attached, which the template does not say.
/// A DB instance that belongs to a cluster (<c>DBClusterIdentifier</c>) takes its storage encryption and backups from
/// the cluster and is judged there, like <c>aws_rds_cluster_instance</c>; a read replica
/// (<c>SourceDBInstanceIdentifier</c>) takes its encryption from its source, which is judged itself; a database
/// restored from a snapshot without <c>StorageEncrypted</c> has the snapshot's encryption, which is unknown.
/// </summary>
public sealed class CloudFormationRdsDatabaseAdapter : IModelAdapter<RdsDatabase>
{
    public ImmutableArray<RdsDatabase> Build(AdapterContext context)
    {
        var databases = ImmutableArray.CreateBuilder<RdsDatabase>();
        foreach (var instance in context.Resources("AWS::RDS::DBInstance").Where(IsCloudFormation))
        {
            var clusterMember = !instance["DBClusterIdentifier"].IsAbsent;
            var replica = !instance["SourceDBInstanceIdentifier"].IsAbsent;
            databases.Add(new RdsDatabase
            {
                Resource = instance,
                Kind = clusterMember ? "cluster instance" : "DB instance",
                Identifier = instance["DBInstanceIdentifier"],
                StorageEncrypted = clusterMember || replica ? null : StorageEncrypted(instance, "DBSnapshotIdentifier", false),
                PubliclyAccessible = PubliclyAccessible(instance),
                BackupRetentionPeriod = clusterMember ? null : Defaults.Or(instance["BackupRetentionPeriod"], instance, 1m),
            });
        }

        foreach (var cluster in context.Resources("AWS::RDS::DBCluster").Where(IsCloudFormation))
        {
            databases.Add(new RdsDatabase
            {
                Resource = cluster,
                Kind = "DB cluster",
                Identifier = cluster["DBClusterIdentifier"],
                StorageEncrypted = ClusterStorageEncrypted(cluster),
                BackupRetentionPeriod = Defaults.Or(cluster["BackupRetentionPeriod"], cluster, 1m),
            });
        }

        return databases.ToImmutable();
    }

    private static bool IsCloudFormation(Resource resource) => resource.Format == SourceFormat.CloudFormation;

    /// <summary>The written setting, or an unknown located at the logical id: RDS decides from the VPC's internet gateway.</summary>
    private static Value PubliclyAccessible(Resource instance)
    {
        var written = instance["PubliclyAccessible"];
        return written.IsAbsent
            ? new UnknownValue(
                "PubliclyAccessible is not set: RDS makes the instance public when the VPC of its DB subnet group (or the default VPC) has an internet gateway",
                instance.DeclarationRange)
            : written;
    }

    /// <summary>The written setting; left out on a restore from a snapshot, the snapshot's encryption (unknown); else the default.</summary>
    private static Value StorageEncrypted(Resource database, string snapshotProperty, bool defaultValue)
    {
        var written = database["StorageEncrypted"];
        if (written.IsAbsent && !database[snapshotProperty].IsAbsent)
        {
            return new UnknownValue($"StorageEncrypted is not set: the database has the encryption of the snapshot in {snapshotProperty}", database.DeclarationRange);
        }

        return Defaults.Or(written, database, defaultValue);
    }

    /// <summary>A cluster is encrypted by default only in the serverless (v1) engine mode; an unknown mode leaves the default unknown.</summary>
    private static Value ClusterStorageEncrypted(Resource cluster)
    {
        var written = cluster["StorageEncrypted"];
        if (!written.IsAbsent || !cluster["SnapshotIdentifier"].IsAbsent)
        {
            return StorageEncrypted(cluster, "SnapshotIdentifier", false);
        }

        var engineMode = cluster["EngineMode"];
        return engineMode.IsUnknown ? engineMode : Defaults.Or(written, cluster, engineMode.AsString() == "serverless");
    }
}
