using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>A custom domain that still accepts TLS 1.0 and 1.1.</summary>
public sealed class ApiGatewayDomainTlsPolicy : Policy<ApiGatewayDomainName>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-007",
        Name = "api-gateway-domain-tls",
        Title = "API Gateway custom domain accepts TLS versions below 1.2",
        Severity = Severity.Medium,
        Description = "The custom domain's security policy is \"TLS_1_0\": aws_api_gateway_domain_name.security_policy written so or not set (taken as \"TLS_1_0\", the oldest policy, which the provider documents as a valid value and only detects drift on when written), or aws_apigatewayv2_domain_name.domain_name_configuration.security_policy = \"TLS_1_0\". TLS_1_2 and the newer SecurityPolicy_TLS12_*/TLS13_* policies pass. In CloudFormation: SecurityPolicy of AWS::ApiGateway::DomainName (not written is taken as \"TLS_1_0\" likewise), and SecurityPolicy of the first DomainNameConfigurations entry of AWS::ApiGatewayV2::DomainName, for which CloudFormation documents no default, so one not written is reported as unknown. The Domain of an AWS::Serverless::Api or AWS::Serverless::HttpApi is judged as the domain name SAM deploys, with its SecurityPolicy.",
        Rationale = "TLS 1.0 and 1.1 have known weaknesses and are no longer accepted for protecting health data in transit; a domain that offers them lets a downgraded or legacy client send patient data over them.",
        Remediation = "Set security_policy = \"TLS_1_2\" (or a SecurityPolicy_TLS13_* policy) on the domain name.",
        FixedExamples = Examples.Terraform("""
            resource "aws_api_gateway_domain_name" "api" {
              domain_name              = "api.example-health.org"
              regional_certificate_arn = aws_acm_certificate.api.arn
              security_policy          = "TLS_1_2"

              endpoint_configuration {
                types = ["REGIONAL"]
              }
            }
            """).AndCloudFormation("""
            ApiDomain:
              Type: AWS::ApiGateway::DomainName
              Properties:
                DomainName: api.example-health.org
                RegionalCertificateArn: !Ref ApiCertificate
                EndpointConfiguration:
                  Types: [REGIONAL]
                SecurityPolicy: TLS_1_2
            """),
        Compliance = ["hipaa:164.312(e)(1)", "hipaa:164.312(e)(2)(ii)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "nis2:21(2)(j)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_206", "tfsec:aws-api-gateway-use-secure-tls-policy", "trivy:AVD-AWS-0005"],
        ResourceTypes = ["aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name", "AWS::ApiGateway::DomainName", "AWS::ApiGatewayV2::DomainName", "AWS::Serverless::Api", "AWS::Serverless::HttpApi"],
    };

    protected override void Check(ApiGatewayDomainName domain, PolicyCheck check) =>
        check.Require(
            domain.SecurityPolicy,
            v => !string.Equals(v.AsString(), "TLS_1_0", StringComparison.OrdinalIgnoreCase),
            domain.SecurityPolicy.Origin == ValueOrigin.Defaulted
                ? $"Domain \"{domain.Label}\" has no {check.Name("security_policy", "SecurityPolicy")}, so it accepts TLS 1.0 (\"TLS_1_0\")"
                : $"Domain \"{domain.Label}\" uses security policy \"TLS_1_0\", which accepts TLS 1.0 and 1.1");
}
