using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Redshift;

/// <summary>
/// Builds <see cref="RedshiftCluster"/> from <c>AWS::Redshift::Cluster</c> with the defaults of the CreateCluster API
/// that CloudFormation calls: <c>Encrypted</c> true and <c>PubliclyAccessible</c> false (Redshift's secure defaults
/// for new provisioned clusters, which the Terraform provider adopted only in 6.0).
/// </summary>
public sealed class CloudFormationRedshiftClusterAdapter : IModelAdapter<RedshiftCluster>
{
    public ImmutableArray<RedshiftCluster> Build(AdapterContext context) =>
    [
        .. context.Resources("AWS::Redshift::Cluster")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(cluster => new RedshiftCluster
            {
                Resource = cluster,
                Identifier = cluster["ClusterIdentifier"],
                Encrypted = Defaults.Or(cluster["Encrypted"], cluster, true),
                PubliclyAccessible = Defaults.Or(cluster["PubliclyAccessible"], cluster, false),
            }),
    ];
}
