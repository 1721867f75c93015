using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.OpenSearch;

namespace PolicyScan.Policies.Aws.OpenSearch;

/// <summary>An OpenSearch or Elasticsearch domain without encryption at rest.</summary>
public sealed class OpenSearchDomainEncryptionPolicy : Policy<OpenSearchDomain>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-OPENSEARCH-001",
        Name = "opensearch-domain-unencrypted",
        Title = "OpenSearch domain is not encrypted at rest",
        Severity = Severity.High,
        Description = "An aws_opensearch_domain or aws_elasticsearch_domain has encrypt_at_rest { enabled = false }, or no encrypt_at_rest block, which the provider documents as disabled. In CloudFormation: an AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain with EncryptionAtRestOptions.Enabled false, or without EncryptionAtRestOptions (the CreateDomain API leaves encryption at rest off).",
        Rationale = "Search indexes hold copies of the documents they index, often clinical notes and identifiers; unencrypted, the indexes, logs, swap files and automated snapshots expose them. Encryption can only be enabled on a new domain.",
        Remediation = "Add encrypt_at_rest { enabled = true } (with kms_key_id naming a customer-managed key where you need to control decryption); an existing domain must be recreated or migrated.",
        FixedExamples = Examples.Terraform("""
            resource "aws_opensearch_domain" "search" {
              domain_name    = "search"
              engine_version = "OpenSearch_2.13"
              encrypt_at_rest {
                enabled    = true
                kms_key_id = aws_kms_key.search.arn
              }
            }
            """).AndCloudFormation("""
            Resources:
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  DomainName: search
                  EncryptionAtRestOptions:
                    Enabled: true
                    KmsKeyId: !Ref SearchKey
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "aws-fsbp:Opensearch.1", "aws-fsbp:ES.1"],
        Related = ["checkov:CKV_AWS_5"],
        ResourceTypes = ["aws_opensearch_domain", "aws_elasticsearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
    };

    protected override void Check(OpenSearchDomain domain, PolicyCheck check) =>
        check.Require(
            domain.EncryptAtRest,
            v => v.IsTrue,
            domain.EncryptAtRest.Origin == ValueOrigin.Defaulted
                ? $"{domain.DisplayName} has no {check.Name("encrypt_at_rest block", "EncryptionAtRestOptions")}, so it is not encrypted at rest"
                : $"{domain.DisplayName} has {check.Name("encrypt_at_rest", "EncryptionAtRestOptions.Enabled")} disabled",
            $"{domain.DisplayName}: whether it is encrypted at rest is only known after apply");
}
