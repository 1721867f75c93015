using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>
/// Builds the API Gateway models from CloudFormation: <c>AWS::ApiGateway::Method</c> (AuthorizationType "NONE" when
/// not written, API Gateway's default), <c>AWS::ApiGatewayV2::Route</c> (AuthorizationType "NONE" when not written,
/// with its API's ProtocolType), <c>AWS::ApiGateway::Stage</c> (AccessLogSetting, its MethodSettings throttling, the
/// usage plans that list it and the <c>AWS::WAFv2::WebACLAssociation</c>s whose ResourceArn is it),
/// <c>AWS::ApiGatewayV2::Stage</c> (AccessLogSettings) and the custom domain names of both.
/// </summary>
public sealed class CloudFormationApiGatewayAdapter :
    IModelAdapter<ApiGatewayMethod>,
    IModelAdapter<ApiGatewayRoute>,
    IModelAdapter<ApiGatewayStage>,
    IModelAdapter<ApiGatewayDomainName>
{
    ImmutableArray<ApiGatewayMethod> IModelAdapter<ApiGatewayMethod>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::ApiGateway::Method").Select(r => new ApiGatewayMethod
        {
            Resource = r,
            HttpMethod = r["HttpMethod"],
            Authorization = Defaults.Or(r["AuthorizationType"], r, "NONE"),
            ApiKeyRequired = Defaults.Or(r["ApiKeyRequired"], r, false),
        })];

    ImmutableArray<ApiGatewayRoute> IModelAdapter<ApiGatewayRoute>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::ApiGatewayV2::Route").Select(r => new ApiGatewayRoute
        {
            Resource = r,
            RouteKey = r["RouteKey"],
            AuthorizationType = Defaults.Or(r["AuthorizationType"], r, "NONE"),
            Protocol = context.Links.Targets(r, r["ApiId"], "AWS::ApiGatewayV2::Api").FirstOrDefault()?["ProtocolType"] ?? new MissingValue(r.DeclarationRange),
        })];

    ImmutableArray<ApiGatewayStage> IModelAdapter<ApiGatewayStage>.Build(AdapterContext context)
    {
        var associations = CloudFormation(context, "AWS::WAFv2::WebACLAssociation").ToList();
        var stages = ImmutableArray.CreateBuilder<ApiGatewayStage>();
        foreach (var stage in CloudFormation(context, "AWS::ApiGateway::Stage"))
        {
            var sameRoot = associations.Where(a => a.Root == stage.Root).ToList();
            var accessLogSetting = Settings(stage, "AccessLogSetting");
            stages.Add(new ApiGatewayStage
            {
                Resource = stage,
                IsRest = true,
                Name = stage["StageName"],
                AccessLogSettings = accessLogSetting,
                AccessLogDestination = accessLogSetting["DestinationArn"],
                WebAclAssociations = [.. sameRoot.Where(a => IsStageArn(a["ResourceArn"], stage))],
                PossibleWebAclAssociations = [.. sameRoot.Where(a => a["ResourceArn"] is UnknownValue { References.IsEmpty: true }).Select(a => new ApiGatewayWebAclAssociation(a, a["ResourceArn"]))],
                ThrottlingLimits = [.. MethodSettingsLimits(stage).Concat(UsagePlanLimits(context, stage))],
            });
        }

        foreach (var stage in CloudFormation(context, "AWS::ApiGatewayV2::Stage"))
        {
            var accessLogSettings = Settings(stage, "AccessLogSettings");
            stages.Add(new ApiGatewayStage
            {
                Resource = stage,
                IsRest = false,
                Name = stage["StageName"],
                AccessLogSettings = accessLogSettings,
                AccessLogDestination = accessLogSettings["DestinationArn"],
                WebAclAssociations = [],
                PossibleWebAclAssociations = [],
                ThrottlingLimits = [],
            });
        }

        return stages.ToImmutable();
    }

    ImmutableArray<ApiGatewayDomainName> IModelAdapter<ApiGatewayDomainName>.Build(AdapterContext context) =>
    [
        .. CloudFormation(context, "AWS::ApiGateway::DomainName").Select(r => new ApiGatewayDomainName
        {
            Resource = r,
            DomainName = r["DomainName"],
            SecurityPolicy = Defaults.Or(r["SecurityPolicy"], r, "TLS_1_0"),
        }),
        .. CloudFormation(context, "AWS::ApiGatewayV2::DomainName").Select(r => new ApiGatewayDomainName
        {
            Resource = r,
            DomainName = r["DomainName"],
            SecurityPolicy = V2SecurityPolicy(r),
        }),
    ];

    /// <summary>
    /// The SecurityPolicy of a v2 domain's first DomainNameConfiguration. CloudFormation documents no default for it, so
    /// when it is not written the policy in force cannot be told from the template: unknown, located where it is missing.
    /// </summary>
    private static Value V2SecurityPolicy(Resource domain)
    {
        var configuration = domain["DomainNameConfigurations"] switch
        {
            ListValue { Count: > 0 } list => list.Items[0],
            var other => other,
        };
        var policy = configuration["SecurityPolicy"];
        return policy.IsAbsent
            ? new UnknownValue("SecurityPolicy is not written and CloudFormation documents no default for it", configuration.IsAbsent ? domain.DeclarationRange : configuration.Range)
            : policy;
    }

    /// <summary>
    /// Whether a WAF association's ResourceArn is the stage: a reference to it (<c>!Sub ...${Stage}</c>), the literal
    /// ARN <c>arn:aws:apigateway:REGION::/restapis/API/stages/STAGE</c>, or an <c>!Sub</c> of the stage's API that ends
    /// in <c>/stages/STAGE</c>.
    /// </summary>
    private static bool IsStageArn(Value resourceArn, Resource stage)
    {
        if (ResourceLinks.RefersTo(resourceArn, stage.Address))
        {
            return true;
        }

        if (stage["StageName"].AsString() is not { } name)
        {
            return false;
        }

        var suffix = $"/stages/{name}";
        return resourceArn switch
        {
            StringValue { Value: var arn } => stage["RestApiId"].AsString() is { } api && arn.StartsWith("arn:", StringComparison.Ordinal) && arn.EndsWith($"/restapis/{api}{suffix}", StringComparison.Ordinal),
            UnknownValue { Partial: StringValue { Value: var text } } unknown => text.EndsWith(suffix, StringComparison.Ordinal) && SameTarget(unknown, stage["RestApiId"]),
            _ => false,
        };
    }

    /// <summary>Throttling limits of the stage's own MethodSettings.</summary>
    private static IEnumerable<Value> MethodSettingsLimits(Resource stage) =>
        stage["MethodSettings"].Elements
            .SelectMany(s => new[] { s["ThrottlingBurstLimit"], s["ThrottlingRateLimit"] })
            .Where(v => !v.IsAbsent);

    /// <summary>Throttling limits of <c>AWS::ApiGateway::UsagePlan</c>s whose ApiStages include this stage.</summary>
    private static IEnumerable<Value> UsagePlanLimits(AdapterContext context, Resource stage) =>
        CloudFormation(context, "AWS::ApiGateway::UsagePlan")
            .Where(p => p.Root == stage.Root && p["ApiStages"].Elements.Any(s => IsStage(s["Stage"], s["ApiId"], stage)))
            .SelectMany(p => new[] { p["Throttle"]["BurstLimit"], p["Throttle"]["RateLimit"] })
            .Where(v => !v.IsAbsent);

    private static bool IsStage(Value stageName, Value apiId, Resource stage) =>
        ResourceLinks.RefersTo(stageName, stage.Address)
        || (stageName.AsString() is { } name && name == stage["StageName"].AsString() && SameTarget(apiId, stage["RestApiId"]));

    /// <summary>Two values name the same thing: equal known strings, or unknowns that come from the same resource.</summary>
    private static bool SameTarget(Value a, Value b) =>
        (a.AsString() is { } x && x == b.AsString())
        || (a is UnknownValue ua && b is UnknownValue ub && ua.References.Any(r => ub.References.Any(s => s.Address == r.Address)));

    /// <summary>
    /// A settings property: the map as written, missing at the header when not written, and a map that may not exist
    /// when an Fn::If on a condition known only at deployment (or a parameter) decides it.
    /// </summary>
    private static Value Settings(Resource resource, string property) => resource[property] switch
    {
        UnknownValue unknown => new MapValue([], unknown.Range, origin: ValueOrigin.Unknown),
        var written => Defaults.OrMissing(written, resource),
    };

    private static IEnumerable<Resource> CloudFormation(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format == SourceFormat.CloudFormation);
}
