using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>An HTTP or WebSocket API stage without access logging.</summary>
public sealed class ApiGatewayV2StageAccessLoggingPolicy : Policy<ApiGatewayStage>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-005",
        Name = "api-gateway-v2-stage-access-logging",
        Title = "API Gateway HTTP or WebSocket stage has no access logging",
        Severity = Severity.Medium,
        Description = "The aws_apigatewayv2_stage has no access_log_settings block (with a destination_arn), so API Gateway records no access log of who called which route. In CloudFormation: AccessLogSettings with a DestinationArn on AWS::ApiGatewayV2::Stage; an AWS::Serverless::HttpApi (or the implicit ServerlessHttpApi, which takes Globals.HttpApi) is judged as the stage SAM deploys, with its AccessLogSettings.",
        Rationale = "Access logs record each caller, source address, route and status; without them an unauthorised access to patient data through the API cannot be investigated or reported as breach rules require.",
        Remediation = "Add access_log_settings with destination_arn pointing at a CloudWatch log group and a format that includes the caller identity, source IP, request id and status.",
        FixedExamples = Examples.Terraform("""
            resource "aws_apigatewayv2_stage" "prod" {
              api_id      = aws_apigatewayv2_api.records.id
              name        = "prod"
              auto_deploy = true

              access_log_settings {
                destination_arn = aws_cloudwatch_log_group.api_access.arn
                format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", routeKey = "$context.routeKey", status = "$context.status" })
              }
            }
            """).AndCloudFormation("""
            ProdStage:
              Type: AWS::ApiGatewayV2::Stage
              Properties:
                ApiId: !Ref RecordsApi
                StageName: prod
                AutoDeploy: true
                AccessLogSettings:
                  DestinationArn: !GetAtt ApiAccessLogs.Arn
                  Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","routeKey":"$context.routeKey","status":"$context.status"}'
            """),
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "iso27001:8.16", "aws-fsbp:APIGateway.9"],
        Related = ["checkov:CKV_AWS_76", "tfsec:aws-api-gateway-enable-access-logging", "trivy:AVD-AWS-0001"],
        ResourceTypes = ["aws_apigatewayv2_stage", "AWS::ApiGatewayV2::Stage", "AWS::Serverless::HttpApi"],
    };

    protected override IEnumerable<ApiGatewayStage> Subjects(CloudModel model) => model.Get<ApiGatewayStage>().Where(s => !s.IsRest);

    protected override void Check(ApiGatewayStage stage, PolicyCheck check) => AccessLogging.Check(stage, check);
}
