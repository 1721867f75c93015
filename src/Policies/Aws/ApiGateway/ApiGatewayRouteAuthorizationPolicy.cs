using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>An HTTP or WebSocket API route that anyone can call without authenticating.</summary>
public sealed class ApiGatewayRouteAuthorizationPolicy : Policy<ApiGatewayRoute>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-002",
        Name = "api-gateway-route-authorization",
        Title = "API Gateway HTTP or WebSocket route does not specify an authorization type",
        Severity = Severity.High,
        Description = "The route's authorization_type is \"NONE\", written or by default (the AWS provider's default is \"NONE\"). Routes of a WebSocket API other than $connect are not applicable: WebSocket APIs authorize the connection at $connect only. In CloudFormation: AuthorizationType of AWS::ApiGatewayV2::Route, also \"NONE\" when not written. SAM: each HttpApi event of an AWS::Serverless::Function is judged as the route SAM adds to its AWS::Serverless::HttpApi (or the implicit ServerlessHttpApi), authorized by the event's Auth.Authorizer, else the API's Auth.DefaultAuthorizer.",
        Rationale = "A route without an authorizer (IAM, JWT or a Lambda authorizer) lets anyone who finds the endpoint call the integration behind it, and whatever patient data it returns goes to an unidentified caller.",
        Remediation = "Set authorization_type to \"JWT\" (with authorizer_id), \"AWS_IAM\" or \"CUSTOM\" (with a Lambda authorizer).",
        FixedExamples = Examples.Terraform("""
            resource "aws_apigatewayv2_route" "get_patient" {
              api_id             = aws_apigatewayv2_api.records.id
              route_key          = "GET /patients/{id}"
              target             = "integrations/${aws_apigatewayv2_integration.records.id}"
              authorization_type = "JWT"
              authorizer_id      = aws_apigatewayv2_authorizer.clinicians.id
            }
            """).AndCloudFormation("""
            GetPatient:
              Type: AWS::ApiGatewayV2::Route
              Properties:
                ApiId: !Ref RecordsApi
                RouteKey: GET /patients/{id}
                Target: !Sub integrations/${RecordsIntegration}
                AuthorizationType: JWT
                AuthorizerId: !Ref CliniciansAuthorizer
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(d)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "nis2:21(2)(j)", "iso27001:5.15", "iso27001:8.5", "aws-fsbp:APIGateway.8"],
        Related = ["checkov:CKV_AWS_309"],
        ResourceTypes = ["aws_apigatewayv2_route", "aws_apigatewayv2_api", "AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Api", "AWS::Serverless::Function", "AWS::Serverless::HttpApi"],
    };

    protected override void Check(ApiGatewayRoute route, PolicyCheck check)
    {
        if (route.IsAuthorisedAtConnect)
        {
            check.NotApplicable($"WebSocket route \"{route.RouteKey.AsString()}\" is authorized at $connect");
            return;
        }

        var key = route.RouteKey.AsString() ?? route.Resource.Address;
        check.Require(
            route.AuthorizationType,
            v => !string.Equals(v.AsString(), "NONE", StringComparison.OrdinalIgnoreCase),
            route.AuthorizationType.Origin == ValueOrigin.Defaulted
                ? $"Route \"{key}\" has no {check.Name("authorization_type", "AuthorizationType")}, so it defaults to \"NONE\""
                : $"Route \"{key}\" has authorization type \"NONE\"");
    }
}
