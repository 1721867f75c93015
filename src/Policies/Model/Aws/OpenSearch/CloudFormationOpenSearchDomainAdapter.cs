using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.OpenSearch;

/// <summary>
/// Builds <see cref="OpenSearchDomain"/> from <c>AWS::OpenSearchService::Domain</c> and <c>AWS::Elasticsearch::Domain</c>:
/// <c>EncryptionAtRestOptions.Enabled</c> (false when left out, as the CreateDomain API documents), the subnets of
/// <c>VPCOptions</c>, and <c>AccessPolicies</c> (CloudFormation has no separate domain policy resource).
/// </summary>
public sealed class CloudFormationOpenSearchDomainAdapter : IModelAdapter<OpenSearchDomain>
{
    public ImmutableArray<OpenSearchDomain> Build(AdapterContext context)
    {
        var domains = ImmutableArray.CreateBuilder<OpenSearchDomain>();
        foreach (var (type, engine) in new[] { ("AWS::OpenSearchService::Domain", "OpenSearch"), ("AWS::Elasticsearch::Domain", "Elasticsearch") })
        {
            foreach (var domain in context.Resources(type).Where(r => r.Format == SourceFormat.CloudFormation))
            {
                var encryption = domain["EncryptionAtRestOptions"];
                var vpc = domain["VPCOptions"];
                var policy = domain["AccessPolicies"];
                domains.Add(new OpenSearchDomain
                {
                    Resource = domain,
                    Engine = engine,
                    Name = domain["DomainName"],
                    EncryptAtRest = Defaults.Or(encryption.IsAbsent ? encryption : encryption["Enabled"], domain, false),
                    VpcSubnetIds = vpc.IsAbsent ? new MissingValue(domain.DeclarationRange) : vpc["SubnetIds"],
                    AccessPolicies = policy.IsAbsent ? [] : [PolicyDocumentReader.Read(policy)],
                });
            }
        }

        return domains.ToImmutable();
    }
}
