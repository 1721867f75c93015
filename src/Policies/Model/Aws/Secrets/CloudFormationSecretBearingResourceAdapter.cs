using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// Builds <see cref="SecretBearingResource"/> from the CloudFormation resource types whose properties take a master
/// password or auth token, tracing each set value to the literal it was written as in the template, if any.
/// </summary>
public sealed class CloudFormationSecretBearingResourceAdapter : IModelAdapter<SecretBearingResource>
{
    /// <summary>Resource types, how messages name them, and their secret properties.</summary>
    private static readonly (string Type, string Kind, string[] Properties)[] Types =
    [
        ("AWS::RDS::DBInstance", "DB instance", ["MasterUserPassword"]),
        ("AWS::RDS::DBCluster", "DB cluster", ["MasterUserPassword"]),
        ("AWS::Redshift::Cluster", "Redshift cluster", ["MasterUserPassword"]),
        ("AWS::RedshiftServerless::Namespace", "Redshift Serverless namespace", ["AdminUserPassword"]),
        ("AWS::DocDB::DBCluster", "DocumentDB cluster", ["MasterUserPassword"]),
        ("AWS::ElastiCache::ReplicationGroup", "ElastiCache replication group", ["AuthToken"]),
    ];

    public ImmutableArray<SecretBearingResource> Build(AdapterContext context)
    {
        var tracer = new CloudFormationLiteralTracer();
        var result = ImmutableArray.CreateBuilder<SecretBearingResource>();
        foreach (var (type, kind, properties) in Types)
        {
            foreach (var resource in context.Resources(type).Where(r => r.Format == SourceFormat.CloudFormation))
            {
                result.Add(new SecretBearingResource
                {
                    Resource = resource,
                    Kind = kind,
                    Secrets =
                    [
                        .. properties
                            .Where(p => !resource[p].IsAbsent)
                            .Select(p => new SecretAttribute(p, resource[p], tracer.FindLiteral(resource[p]))),
                    ],
                });
            }
        }

        return result.ToImmutable();
    }
}
