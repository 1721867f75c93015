using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Rds;

/// <summary>
/// An RDS database: a DB instance (<c>aws_db_instance</c>), an Aurora or Multi-AZ cluster (<c>aws_rds_cluster</c>) or
/// a cluster member (<c>aws_rds_cluster_instance</c>). A setting that the resource type does not carry (storage
/// encryption of a cluster member, which the cluster decides) is null.
/// </summary>
public sealed record RdsDatabase : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>"DB instance", "DB cluster" or "cluster instance", for messages.</summary>
    public required string Kind { get; init; }

    /// <summary>The identifier (<c>identifier</c> or <c>cluster_identifier</c>); missing or unknown when generated.</summary>
    public required Value Identifier { get; init; }

    /// <summary>Whether storage is encrypted, with the provider's default when not written.</summary>
    public Value? StorageEncrypted { get; init; }

    /// <summary>Whether the database has a public endpoint, with the provider's default (false) when not written.</summary>
    public Value? PubliclyAccessible { get; init; }

    /// <summary>Days automated backups are kept, with the provider's default when not written.</summary>
    public Value? BackupRetentionPeriod { get; init; }

    /// <summary>How messages name the database: its kind and identifier, or its address when the identifier is generated.</summary>
    public string DisplayName => $"{Kind} \"{Identifier.AsString() ?? Resource.Address}\"";
}
