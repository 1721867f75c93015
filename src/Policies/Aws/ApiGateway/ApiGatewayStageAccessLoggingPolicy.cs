using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>A REST API stage without access logging.</summary>
public sealed class ApiGatewayStageAccessLoggingPolicy : Policy<ApiGatewayStage>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-004",
        Name = "api-gateway-stage-access-logging",
        Title = "API Gateway REST stage has no access logging",
        Severity = Severity.Medium,
        Description = "The REST API stage has no access_log_settings block (with a destination_arn), so API Gateway records no access log of who called which resource. In CloudFormation: AccessLogSetting with a DestinationArn on AWS::ApiGateway::Stage; an AWS::Serverless::Api (or the implicit ServerlessRestApi, which takes Globals.Api) is judged as the stage SAM deploys, with its AccessLogSetting.",
        Rationale = "Access logs record each caller, source address, request and status; without them an unauthorised access to patient data through the API cannot be investigated or reported as breach rules require.",
        Remediation = "Add access_log_settings with destination_arn pointing at a CloudWatch log group (or Firehose stream) and a format that includes the caller identity, source IP, request id and status.",
        FixedExamples = Examples.Terraform("""
            resource "aws_api_gateway_stage" "prod" {
              rest_api_id   = aws_api_gateway_rest_api.records.id
              deployment_id = aws_api_gateway_deployment.records.id
              stage_name    = "prod"

              access_log_settings {
                destination_arn = aws_cloudwatch_log_group.api_access.arn
                format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", caller = "$context.identity.caller", status = "$context.status" })
              }
            }
            """).AndCloudFormation("""
            ProdStage:
              Type: AWS::ApiGateway::Stage
              Properties:
                RestApiId: !Ref RecordsApi
                DeploymentId: !Ref RecordsDeployment
                StageName: prod
                AccessLogSetting:
                  DestinationArn: !GetAtt ApiAccessLogs.Arn
                  Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","caller":"$context.identity.caller","status":"$context.status"}'
            """),
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(b)", "iso27001:8.15", "iso27001:8.16"],
        Related = ["checkov:CKV_AWS_76", "tfsec:aws-api-gateway-enable-access-logging", "trivy:AVD-AWS-0001"],
        ResourceTypes = ["aws_api_gateway_stage", "AWS::ApiGateway::Stage", "AWS::Serverless::Api"],
    };

    protected override IEnumerable<ApiGatewayStage> Subjects(CloudModel model) => model.Get<ApiGatewayStage>().Where(s => s.IsRest);

    protected override void Check(ApiGatewayStage stage, PolicyCheck check) => AccessLogging.Check(stage, check);
}
