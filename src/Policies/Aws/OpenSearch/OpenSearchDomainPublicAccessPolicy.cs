using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;
using PolicyScan.Policies.Model.Aws.OpenSearch;

namespace PolicyScan.Policies.Aws.OpenSearch;

/// <summary>An OpenSearch or Elasticsearch domain with a public endpoint whose access policy lets anyone in.</summary>
public sealed class OpenSearchDomainPublicAccessPolicy : Policy<OpenSearchDomain>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-OPENSEARCH-002",
        Name = "opensearch-domain-public-access",
        Title = "OpenSearch domain is open to anyone on the internet",
        Severity = Severity.Critical,
        Description = "An aws_opensearch_domain or aws_elasticsearch_domain has no vpc_options (so its endpoint is public) and an access policy (access_policies, or a linked aws_opensearch_domain_policy / aws_elasticsearch_domain_policy) with an Allow statement for Principal \"*\" (or NotPrincipal) and no condition that restricts it to a network, organisation, account or source. A domain inside a VPC, or with a public endpoint but only named principals, passes. Fine-grained access control is not taken into account. In CloudFormation: an AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain without VPCOptions whose AccessPolicies has such a statement.",
        Rationale = "A public endpoint with an open access policy lets anyone who finds the domain read, change or delete its indexes; open search domains are among the most common sources of leaked medical records.",
        Remediation = "Place the domain in a VPC with vpc_options { subnet_ids, security_group_ids }, or name the IAM principals that need access, or add a condition on aws:SourceIp, aws:SourceVpce or aws:PrincipalOrgID.",
        FixedExamples = Examples.Terraform("""
            resource "aws_opensearch_domain" "search" {
              domain_name    = "search"
              engine_version = "OpenSearch_2.13"
              vpc_options {
                subnet_ids         = [aws_subnet.private_a.id]
                security_group_ids = [aws_security_group.search.id]
              }
            }
            """).AndCloudFormation("""
            Resources:
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  DomainName: search
                  VPCOptions:
                    SubnetIds: [!Ref PrivateSubnetA]
                    SecurityGroupIds: [!Ref SearchSecurityGroup]
                  AccessPolicies:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal:
                          AWS: !GetAtt SearchWriterRole.Arn
                        Action: es:ESHttp*
                        Resource: !Sub arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/search/*
            """),
        Compliance = ["hipaa:164.312(a)(1)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.20"],
        Related = [],
        ResourceTypes = ["aws_opensearch_domain", "aws_elasticsearch_domain", "aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy", "aws_iam_policy_document", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
    };

    protected override void Check(OpenSearchDomain domain, PolicyCheck check)
    {
        // In a VPC the endpoint has private addresses only: the access policy does not open it to the internet.
        if (!domain.VpcSubnetIds.IsAbsent)
        {
            return;
        }

        foreach (var document in domain.AccessPolicies)
        {
            var foundPublic = false;
            foreach (var statement in document.Statements)
            {
                var principal = statement.PublicPrincipal();
                var notPrincipal = statement.IsPublicThroughNotPrincipal();
                if ((principal is null && !notPrincipal) || statement.IsRestrictedByCondition())
                {
                    continue;
                }

                foundPublic = true;
                var actions = string.Join(", ", statement.Actions.Select(a => a.AsString() ?? "(unknown)"));
                var who = notPrincipal ? "everyone except the NotPrincipal list" : "Principal \"*\"";
                var location = principal?.Identifier ?? new MissingValue(statement.Range.IsNone ? document.Source.Range : statement.Range);
                if (statement.HasUnknownCondition())
                {
                    check.Unknown(location, $"{domain.DisplayName} has a public endpoint and allows {actions} to {who} in {statement.Label} with a condition that is only known after apply");
                }
                else
                {
                    check.Fail(location, $"{domain.DisplayName} has a public endpoint and allows {actions} to {who} in {statement.Label} with no restricting condition");
                }
            }

            if (!foundPublic && !document.IsComplete && (document.Statements.IsEmpty || document.Statements.Any(s => s.HasUnknownParts())))
            {
                check.Unknown(document.Source, $"{domain.DisplayName} has a public endpoint and an access policy whose principals or conditions are only known after apply");
            }
        }
    }
}
