using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>A REST API method that anyone can call without authenticating.</summary>
public sealed class ApiGatewayMethodAuthorizationPolicy : Policy<ApiGatewayMethod>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-001",
        Name = "api-gateway-method-authorization",
        Title = "API Gateway REST method does not require authorization",
        Severity = Severity.High,
        Description = "A REST API method (other than OPTIONS, which browsers send unauthenticated for CORS preflight) has authorization = \"NONE\". A required API key does not count: API keys identify a client for usage plans, they are not authentication (AWS advises against using them for authorization), so a method with api_key_required = true and no authorizer still fails, and the message says so. In CloudFormation: AuthorizationType of AWS::ApiGateway::Method, \"NONE\" when not written (API Gateway's default). SAM: each Api event of an AWS::Serverless::Function is judged as the method SAM adds to its AWS::Serverless::Api (or the implicit ServerlessRestApi), authorized by the event's Auth.Authorizer, else the API's Auth.DefaultAuthorizer; a route with neither is reported at its Method.",
        Rationale = "A method without an authorizer (IAM, Cognito or a Lambda authorizer) lets anyone who finds the URL call the backend, and whatever patient data it returns goes to an unidentified caller.",
        Remediation = "Set authorization to \"AWS_IAM\", \"COGNITO_USER_POOLS\" (with authorizer_id) or \"CUSTOM\" (with a Lambda authorizer); keep API keys for metering only.",
        FixedExamples = Examples.Terraform("""
            resource "aws_api_gateway_method" "get_patient" {
              rest_api_id   = aws_api_gateway_rest_api.records.id
              resource_id   = aws_api_gateway_resource.patient.id
              http_method   = "GET"
              authorization = "COGNITO_USER_POOLS"
              authorizer_id = aws_api_gateway_authorizer.clinicians.id
            }
            """).AndCloudFormation("""
            GetPatient:
              Type: AWS::ApiGateway::Method
              Properties:
                RestApiId: !Ref RecordsApi
                ResourceId: !Ref PatientResource
                HttpMethod: GET
                AuthorizationType: COGNITO_USER_POOLS
                AuthorizerId: !Ref CliniciansAuthorizer
                Integration:
                  Type: AWS_PROXY
                  IntegrationHttpMethod: POST
                  Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Records.Arn}/invocations
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(d)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "nis2:21(2)(j)", "iso27001:5.15", "iso27001:8.5"],
        Related = ["checkov:CKV_AWS_59", "tfsec:aws-api-gateway-no-public-access", "trivy:AVD-AWS-0004"],
        ResourceTypes = ["aws_api_gateway_method", "AWS::ApiGateway::Method", "AWS::Serverless::Function", "AWS::Serverless::Api"],
    };

    protected override void Check(ApiGatewayMethod method, PolicyCheck check)
    {
        if (string.Equals(method.HttpMethod.AsString(), "OPTIONS", StringComparison.OrdinalIgnoreCase))
        {
            check.NotApplicable("OPTIONS (CORS preflight) is sent without credentials by browsers");
            return;
        }

        var verb = method.HttpMethod.AsString() ?? "(unknown verb)";
        var apiKey = method.ApiKeyRequired.IsTrue ? "; the API key it requires identifies a client but does not authenticate it" : string.Empty;
        check.Require(
            method.Authorization,
            v => !string.Equals(v.AsString(), "NONE", StringComparison.OrdinalIgnoreCase),
            $"Method {verb} \"{method.Resource.Address}\" has authorization \"NONE\"{apiKey}");
    }
}
