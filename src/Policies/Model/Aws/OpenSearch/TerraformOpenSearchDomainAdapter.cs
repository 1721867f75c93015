using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.OpenSearch;

/// <summary>
/// Builds <see cref="OpenSearchDomain"/> from <c>aws_opensearch_domain</c> and <c>aws_elasticsearch_domain</c>, with
/// the access policies of <c>aws_opensearch_domain_policy</c> / <c>aws_elasticsearch_domain_policy</c> linked by
/// reference or by the literal domain name.
/// </summary>
public sealed class TerraformOpenSearchDomainAdapter : IModelAdapter<OpenSearchDomain>
{
    public ImmutableArray<OpenSearchDomain> Build(AdapterContext context)
    {
        var domains = ImmutableArray.CreateBuilder<OpenSearchDomain>();
        foreach (var (type, policyType, engine) in new[]
                 {
                     ("aws_opensearch_domain", "aws_opensearch_domain_policy", "OpenSearch"),
                     ("aws_elasticsearch_domain", "aws_elasticsearch_domain_policy", "Elasticsearch"),
                 })
        {
            foreach (var domain in context.Resources(type).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
            {
                var name = domain["domain_name"];
                var encryption = domain["encrypt_at_rest"].AsBlocks().FirstOrDefault();
                var vpc = domain["vpc_options"].AsBlocks().FirstOrDefault();
                var policies = new List<PolicyDocument>();
                if (!domain["access_policies"].IsAbsent)
                {
                    policies.Add(PolicyDocumentReader.Read(domain["access_policies"]));
                }

                policies.AddRange(context.Links.To(domain, policyType, "domain_name", name)
                    .Where(p => !p["access_policies"].IsAbsent)
                    .Select(p => PolicyDocumentReader.Read(p["access_policies"])));

                domains.Add(new OpenSearchDomain
                {
                    Resource = domain,
                    Engine = engine,
                    Name = name,
                    EncryptAtRest = encryption is null
                        ? Defaults.Or(new MissingValue(domain.Range), domain, false)
                        : Defaults.Or(encryption["enabled"], domain, false),
                    VpcSubnetIds = vpc is null ? new MissingValue(domain.DeclarationRange) : vpc["subnet_ids"],
                    AccessPolicies = [.. policies],
                });
            }
        }

        return domains.ToImmutable();
    }
}
