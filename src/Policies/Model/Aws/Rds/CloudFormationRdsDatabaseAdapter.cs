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
/// the cluster and is judged there, like <c>aws_rds_cluster_instance</c>.
/// </summary>
public sealed class CloudFormationRdsDatabaseAdapter : IModelAdapter<RdsDatabase>
{
    public ImmutableArray<RdsDatabase> Build(AdapterContext context)
    {
        var databases = ImmutableArray.CreateBuilder<RdsDatabase>();
        foreach (var instance in context.Resources("AWS::RDS::DBInstance").Where(IsCloudFormation))
        {
            var clusterMember = !instance["DBClusterIdentifier"].IsAbsent;
            databases.Add(new RdsDatabase
            {
                Resource = instance,
                Kind = clusterMember ? "cluster instance" : "DB instance",
                Identifier = instance["DBInstanceIdentifier"],
                StorageEncrypted = clusterMember ? null : Defaults.Or(instance["StorageEncrypted"], instance, false),
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

    /// <summary>A cluster is encrypted by default only in the serverless (v1) engine mode; an unknown mode leaves the default unknown.</summary>
    private static Value ClusterStorageEncrypted(Resource cluster)
    {
        var written = cluster["StorageEncrypted"];
        if (!written.IsAbsent)
        {
            return written;
        }

        var engineMode = cluster["EngineMode"];
        return engineMode.IsUnknown ? engineMode : Defaults.Or(written, cluster, engineMode.AsString() == "serverless");
    }
}
