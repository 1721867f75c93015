using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>
/// Builds the API Gateway models from Terraform: REST methods and stages (with WAF associations, method settings and
/// usage plans linked to them), v2 routes (with their API's protocol) and stages, and custom domain names of both.
/// </summary>
public sealed class TerraformApiGatewayAdapter :
    IModelAdapter<ApiGatewayMethod>,
    IModelAdapter<ApiGatewayRoute>,
    IModelAdapter<ApiGatewayStage>,
    IModelAdapter<ApiGatewayDomainName>
{
    private static readonly string[] WebAclAssociationTypes = ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"];

    ImmutableArray<ApiGatewayMethod> IModelAdapter<ApiGatewayMethod>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_api_gateway_method").Select(r => new ApiGatewayMethod
        {
            Resource = r,
            HttpMethod = r["http_method"],
            Authorization = r["authorization"],
            ApiKeyRequired = Defaults.Or(r["api_key_required"], r, false),
        })];

    ImmutableArray<ApiGatewayRoute> IModelAdapter<ApiGatewayRoute>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_apigatewayv2_route").Select(r => new ApiGatewayRoute
        {
            Resource = r,
            RouteKey = r["route_key"],
            AuthorizationType = Defaults.Or(r["authorization_type"], r, "NONE"),
            Protocol = context.Links.Targets(r, r["api_id"], "aws_apigatewayv2_api").FirstOrDefault()?["protocol_type"] ?? new MissingValue(r.DeclarationRange),
        })];

    ImmutableArray<ApiGatewayStage> IModelAdapter<ApiGatewayStage>.Build(AdapterContext context)
    {
        var associations = context.Resources(WebAclAssociationTypes).ToList();
        var stages = ImmutableArray.CreateBuilder<ApiGatewayStage>();
        foreach (var stage in Terraform(context, "aws_api_gateway_stage"))
        {
            var sameRoot = associations.Where(a => a.Root == stage.Root && a.Format == stage.Format).ToList();
            var accessLogSettings = FirstBlock(stage, "access_log_settings");
            stages.Add(new ApiGatewayStage
            {
                Resource = stage,
                IsRest = true,
                Name = stage["stage_name"],
                AccessLogSettings = accessLogSettings,
                AccessLogDestination = accessLogSettings["destination_arn"],
                WebAclAssociations = [.. sameRoot.Where(a => IsStageArn(a["resource_arn"], stage))],
                PossibleWebAclAssociations = [.. sameRoot.Where(a => a["resource_arn"] is UnknownValue { References.IsEmpty: true }).Select(a => new ApiGatewayWebAclAssociation(a, a["resource_arn"]))],
                ThrottlingLimits = [.. MethodSettingsLimits(context, stage).Concat(UsagePlanLimits(context, stage))],
            });
        }

        foreach (var stage in Terraform(context, "aws_apigatewayv2_stage"))
        {
            var accessLogSettings = FirstBlock(stage, "access_log_settings");
            stages.Add(new ApiGatewayStage
            {
                Resource = stage,
                IsRest = false,
                Name = stage["name"],
                AccessLogSettings = accessLogSettings,
                AccessLogDestination = accessLogSettings["destination_arn"],
                WebAclAssociations = [],
                PossibleWebAclAssociations = [],
                ThrottlingLimits = [],
            });
        }

        return stages.ToImmutable();
    }

    ImmutableArray<ApiGatewayDomainName> IModelAdapter<ApiGatewayDomainName>.Build(AdapterContext context) =>
    [
        .. Terraform(context, "aws_api_gateway_domain_name").Select(r => new ApiGatewayDomainName
        {
            Resource = r,
            DomainName = r["domain_name"],
            SecurityPolicy = Defaults.Or(r["security_policy"], r, "TLS_1_0"),
        }),
        .. Terraform(context, "aws_apigatewayv2_domain_name").Select(r => new ApiGatewayDomainName
        {
            Resource = r,
            DomainName = r["domain_name"],
            SecurityPolicy = FirstBlock(r, "domain_name_configuration")["security_policy"],
        }),
    ];

    /// <summary>
    /// Whether a WAF association's <c>resource_arn</c> is the stage: a reference to it, or the literal stage ARN
    /// <c>arn:aws:apigateway:REGION::/restapis/API/stages/STAGE</c> when the API id and stage name are known.
    /// </summary>
    private static bool IsStageArn(Value resourceArn, Resource stage)
    {
        if (ResourceLinks.RefersTo(resourceArn, stage.Address))
        {
            return true;
        }

        return resourceArn.AsString() is { } arn && stage["rest_api_id"].AsString() is { } api && stage["stage_name"].AsString() is { } name
            && arn.StartsWith("arn:", StringComparison.Ordinal) && arn.EndsWith($"/restapis/{api}/stages/{name}", StringComparison.Ordinal);
    }

    /// <summary>Throttling limits of method settings for this stage (linked by stage reference, or by stage name and the same API).</summary>
    private static IEnumerable<Value> MethodSettingsLimits(AdapterContext context, Resource stage) =>
        Terraform(context, "aws_api_gateway_method_settings")
            .Where(s => s.Root == stage.Root && IsStage(s["stage_name"], s["rest_api_id"], stage))
            .SelectMany(s => s["settings"].AsBlocks())
            .SelectMany(s => new[] { s["throttling_burst_limit"], s["throttling_rate_limit"] })
            .Where(v => !v.IsAbsent);

    /// <summary>Throttling limits of usage plans that include this stage.</summary>
    private static IEnumerable<Value> UsagePlanLimits(AdapterContext context, Resource stage) =>
        Terraform(context, "aws_api_gateway_usage_plan")
            .Where(p => p.Root == stage.Root && p["api_stages"].AsBlocks().Any(s => IsStage(s["stage"], s["api_id"], stage)))
            .SelectMany(p => p["throttle_settings"].AsBlocks())
            .SelectMany(t => new[] { t["burst_limit"], t["rate_limit"] })
            .Where(v => !v.IsAbsent);

    private static bool IsStage(Value stageName, Value apiId, Resource stage) =>
        ResourceLinks.RefersTo(stageName, stage.Address)
        || (stageName.AsString() is { } name && name == stage["stage_name"].AsString() && SameTarget(apiId, stage["rest_api_id"]));

    /// <summary>Two values name the same thing: equal known strings, or unknowns that come from the same resource.</summary>
    private static bool SameTarget(Value a, Value b) =>
        (a.AsString() is { } x && x == b.AsString())
        || (a is UnknownValue ua && b is UnknownValue ub && ua.References.Any(r => ub.References.Any(s => s.Address == r.Address)));

    private static Value FirstBlock(Resource resource, string name) => resource[name] switch
    {
        ListValue { Count: > 0 } list => list.Items[0],
        ListValue => new MissingValue(resource.DeclarationRange),
        MapValue map => map,
        var other => Defaults.OrMissing(other, resource),
    };

    private static IEnumerable<Resource> Terraform(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan);
}
