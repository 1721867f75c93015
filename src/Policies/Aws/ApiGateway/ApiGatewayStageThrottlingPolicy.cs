using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>A REST API stage with no throttling of its own.</summary>
public sealed class ApiGatewayStageThrottlingPolicy : Policy<ApiGatewayStage>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-006",
        Name = "api-gateway-stage-throttling",
        Title = "API Gateway REST stage has no throttling limits",
        Severity = Severity.Low,
        Description = "No aws_api_gateway_method_settings for the stage (linked by a reference to the stage, or by its stage_name and the same rest_api_id) sets settings.throttling_burst_limit or throttling_rate_limit to a limit (the provider's -1 means no limit), and no aws_api_gateway_usage_plan that lists the stage in api_stages sets throttle_settings. Only the account-wide regional limit then applies. In CloudFormation: ThrottlingBurstLimit or ThrottlingRateLimit in the stage's MethodSettings, or Throttle of an AWS::ApiGateway::UsagePlan whose ApiStages include the stage (by !Ref to it, or by its StageName and the same ApiId); stages that only an AWS::ApiGateway::Deployment's StageDescription creates are not checked. An AWS::Serverless::Api is judged as the stage SAM deploys, throttled by its MethodSettings or by the usage plan of Auth.UsagePlan (PER_API or SHARED) with a Throttle.",
        Rationale = "Stage limits keep one caller or a flood from exhausting the account's shared request quota and the backend behind it, which keeps clinical services available; the account-level limit is shared by every API in the region.",
        Remediation = "Add an aws_api_gateway_method_settings with method_path = \"*/*\" and settings { throttling_burst_limit, throttling_rate_limit } sized for the API, or a usage plan with throttle_settings that covers the stage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_api_gateway_method_settings" "prod" {
              rest_api_id = aws_api_gateway_rest_api.records.id
              stage_name  = aws_api_gateway_stage.prod.stage_name
              method_path = "*/*"

              settings {
                throttling_burst_limit = 100
                throttling_rate_limit  = 50
              }
            }
            """).AndCloudFormation("""
            ProdStage:
              Type: AWS::ApiGateway::Stage
              Properties:
                RestApiId: !Ref RecordsApi
                DeploymentId: !Ref RecordsDeployment
                StageName: prod
                MethodSettings:
                  - HttpMethod: "*"
                    ResourcePath: /*
                    ThrottlingBurstLimit: 100
                    ThrottlingRateLimit: 50
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(B)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20"],
        ResourceTypes = ["aws_api_gateway_stage", "aws_api_gateway_method_settings", "aws_api_gateway_usage_plan", "AWS::ApiGateway::Stage", "AWS::ApiGateway::UsagePlan", "AWS::Serverless::Api"],
    };

    protected override IEnumerable<ApiGatewayStage> Subjects(CloudModel model) => model.Get<ApiGatewayStage>().Where(s => s.IsRest);

    protected override void Check(ApiGatewayStage stage, PolicyCheck check)
    {
        if (stage.ThrottlingLimits.Any(v => v.AsNumber() is >= 0))
        {
            return;
        }

        if (stage.ThrottlingLimits.FirstOrDefault(v => v.IsUnknown) is { } unknown)
        {
            check.Unknown(unknown, $"Stage \"{stage.Label}\" has throttling limits that are only known after apply");
            return;
        }

        check.Fail(new MissingValue(stage.Resource.DeclarationRange), $"Stage \"{stage.Label}\" has no throttling limits (no method settings or usage plan sets one)");
    }
}
