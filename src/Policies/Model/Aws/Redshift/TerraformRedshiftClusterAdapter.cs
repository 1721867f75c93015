using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Redshift;

/// <summary>Builds <see cref="RedshiftCluster"/> from <c>aws_redshift_cluster</c> with the pre-6.0 provider defaults.</summary>
public sealed class TerraformRedshiftClusterAdapter : IModelAdapter<RedshiftCluster>
{
    public ImmutableArray<RedshiftCluster> Build(AdapterContext context) =>
    [
        .. context.Resources("aws_redshift_cluster")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(cluster => new RedshiftCluster
            {
                Resource = cluster,
                Identifier = cluster["cluster_identifier"],
                Encrypted = Defaults.Or(cluster["encrypted"], cluster, false),
                PubliclyAccessible = Defaults.Or(cluster["publicly_accessible"], cluster, true),
            }),
    ];
}
