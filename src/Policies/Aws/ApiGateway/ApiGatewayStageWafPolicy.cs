using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>A REST API stage without a WAF web ACL.</summary>
public sealed class ApiGatewayStageWafPolicy : Policy<ApiGatewayStage>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-APIGW-003",
        Name = "api-gateway-stage-waf",
        Title = "API Gateway REST stage is not protected by a WAF web ACL",
        Severity = Severity.Medium,
        Description = "No aws_wafv2_web_acl_association (or aws_wafregional_web_acl_association) has a resource_arn that is the stage, by reference to the stage or as its literal ARN (arn:aws:apigateway:REGION::/restapis/API/stages/STAGE). An association whose resource_arn is only known at apply and refers to no resource makes the result unknown. In CloudFormation: an AWS::WAFv2::WebACLAssociation whose ResourceArn refers to the AWS::ApiGateway::Stage (!Sub ...${Stage}), is its literal ARN, or is an !Sub of the stage's API that ends in /stages/STAGE; a ResourceArn from a parameter without a default makes the result unknown.",
        Rationale = "A web ACL filters injection, scanning and floods before they reach the backend that serves patient data, and records the requests it blocks.",
        Remediation = "Associate an AWS WAF web ACL with the stage: an aws_wafv2_web_acl_association with resource_arn = aws_api_gateway_stage.<name>.arn.",
        FixedExamples = Examples.Terraform("""
            resource "aws_wafv2_web_acl_association" "records" {
              resource_arn = aws_api_gateway_stage.prod.arn
              web_acl_arn  = aws_wafv2_web_acl.api.arn
            }
            """).AndCloudFormation("""
            RecordsAcl:
              Type: AWS::WAFv2::WebACLAssociation
              Properties:
                ResourceArn: !Sub arn:aws:apigateway:${AWS::Region}::/restapis/${RecordsApi}/stages/${ProdStage}
                WebACLArn: !GetAtt ApiWebAcl.Arn
            """),
        Compliance = ["hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "aws-fsbp:APIGateway.4"],
        Related = ["checkov:CKV2_AWS_29"],
        ResourceTypes = ["aws_api_gateway_stage", "aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association", "AWS::ApiGateway::Stage", "AWS::WAFv2::WebACLAssociation"],
    };

    protected override IEnumerable<ApiGatewayStage> Subjects(CloudModel model) => model.Get<ApiGatewayStage>().Where(s => s.IsRest);

    protected override void Check(ApiGatewayStage stage, PolicyCheck check)
    {
        if (!stage.WebAclAssociations.IsEmpty)
        {
            return;
        }

        if (stage.PossibleWebAclAssociations.FirstOrDefault() is { } possible)
        {
            check.Unknown(possible.ResourceArn, $"Stage \"{stage.Label}\" may be protected by WAF association \"{possible.Resource.Address}\", whose resource is only known after apply or at deployment");
            return;
        }

        check.Fail(new MissingValue(stage.Resource.DeclarationRange), $"Stage \"{stage.Label}\" has no WAF web ACL association");
    }
}
