using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::Api</c> (and the implicit <c>ServerlessRestApi</c>) as SAM deploys it: an
/// <c>AWS::ApiGateway::RestApi</c> with the same logical id; an <c>AWS::ApiGateway::Stage</c> <c>{Id}{StageName}Stage</c>
/// carrying the access log, method settings and tracing (the implicit API's stage is <c>Prod</c>); an
/// <c>AWS::ApiGateway::DomainName</c> for <c>Domain</c>; an <c>AWS::ApiGateway::UsagePlan</c> for
/// <c>Auth.UsagePlan</c> (the stage gets <c>Tags</c>; the others too with <c>PropagateTags</c>); and for each <c>Api</c> event of a function, the method SAM writes into the API's definition,
/// as an <c>AWS::ApiGateway::Method</c> named <c>{Id} {METHOD} {path}</c> with the authorization the event gets.
/// Methods written in <c>DefinitionBody</c> itself are not read.
/// </summary>
internal static class RestApiExpansion
{
    public const string Type = "AWS::Serverless::Api";
    public const string ImplicitApiId = "ServerlessRestApi";
    public const string SharedUsagePlanId = "ServerlessUsagePlan";

    public static IEnumerable<Resource> Expand(ApiDeclaration api, IEnumerable<ApiEvent> events, List<(ApiDeclaration Api, Value Entry)> sharedUsagePlanStages)
    {
        var properties = api.Properties;
        var at = api.Declaration;
        var endpoint = EndpointConfiguration(properties.Get("EndpointConfiguration"));

        // The stage always gets the API's Tags; with PropagateTags, so do the API, its domain and its usage plan.
        var tags = TagList(properties.Get("Tags"), at);
        var propagated = properties.Get("PropagateTags").IsTrue ? tags : null;
        var restApi = Map(
            properties.Range,
            ("Name", Optional(properties, "Name")),
            ("Description", Optional(properties, "Description")),
            ("EndpointConfiguration", endpoint),
            ("Body", Optional(properties, "DefinitionBody")),
            ("BodyS3Location", Optional(properties, "DefinitionUri")),
            ("BinaryMediaTypes", Optional(properties, "BinaryMediaTypes")),
            ("MinimumCompressionSize", Optional(properties, "MinimumCompressionSize")),
            ("DisableExecuteApiEndpoint", Optional(properties, "DisableExecuteApiEndpoint")),
            ("ApiKeySourceType", Optional(properties, "ApiKeySourceType")),
            ("FailOnWarnings", Optional(properties, "FailOnWarnings")),
            ("Mode", Optional(properties, "Mode")),
            ("Policy", Optional(api.Auth as MapValue ?? MapValue.Empty, "ResourcePolicy")),
            ("Tags", propagated));
        yield return ServerlessResources.Generate(api.Source, api.LogicalId, "AWS::ApiGateway::RestApi", restApi, at, api.IsImplicit ? null : ServerlessResources.DependsOn(api.Source));

        var stageName = api.IsImplicit ? Constant("Prod", at) : properties.Get("StageName");
        var stageId = stageName.AsString() is { } name ? $"{api.LogicalId}{Alphanumeric(name)}Stage" : $"{api.LogicalId}Stage";
        var stage = Map(
            properties.Range,
            ("StageName", stageName),
            ("RestApiId", Ref(api.LogicalId, at)),
            ("AccessLogSetting", Optional(properties, "AccessLogSetting")),
            ("MethodSettings", Optional(properties, "MethodSettings")),
            ("TracingEnabled", Optional(properties, "TracingEnabled")),
            ("CacheClusterEnabled", Optional(properties, "CacheClusterEnabled")),
            ("CacheClusterSize", Optional(properties, "CacheClusterSize")),
            ("Variables", Optional(properties, "Variables")),
            ("CanarySetting", Optional(properties, "CanarySetting")),
            ("Tags", tags));
        yield return ServerlessResources.Generate(api.Source, stageId, "AWS::ApiGateway::Stage", stage, at);

        if (properties.Get("Domain") is MapValue domain)
        {
            var regional = domain.Get("EndpointConfiguration").AsString() is not "EDGE";
            var domainName = Map(
                domain.Range,
                ("DomainName", domain.Get("DomainName")),
                (regional ? "RegionalCertificateArn" : "CertificateArn", domain.Get("CertificateArn")),
                ("EndpointConfiguration", Map(domain.Range, ("Types", List(domain.Range, [domain.Get("EndpointConfiguration") is StringValue type ? type : Constant("REGIONAL", at)])))),
                ("SecurityPolicy", Optional(domain, "SecurityPolicy")),
                ("MutualTlsAuthentication", Optional(domain, "MutualTlsAuthentication")),
                ("OwnershipVerificationCertificateArn", Optional(domain, "OwnershipVerificationCertificateArn")),
                ("Tags", propagated));
            yield return ServerlessResources.Generate(api.Source, $"{api.LogicalId}DomainName", "AWS::ApiGateway::DomainName", domainName, at);
        }

        var apiStage = Map(at, ("ApiId", Ref(api.LogicalId, at)), ("Stage", Ref(stageId, at)));
        var usagePlan = api.Auth.Get("UsagePlan");
        switch (usagePlan.Get("CreateUsagePlan").AsString())
        {
            case "PER_API":
                var plan = Map(
                    usagePlan.Range,
                    ("ApiStages", List(at, [apiStage])),
                    ("Throttle", usagePlan.Get("Throttle") is { IsAbsent: false } throttle ? throttle : null),
                    ("Quota", usagePlan.Get("Quota") is { IsAbsent: false } quota ? quota : null),
                    ("UsagePlanName", usagePlan.Get("UsagePlanName") is { IsAbsent: false } planName ? planName : null),
                    ("Tags", propagated));
                yield return ServerlessResources.Generate(api.Source, $"{api.LogicalId}UsagePlan", "AWS::ApiGateway::UsagePlan", plan, at);
                break;
            case "SHARED":
                sharedUsagePlanStages.Add((api, Map(usagePlan.Range, ("ApiStage", apiStage), ("Throttle", usagePlan.Get("Throttle")), ("Quota", usagePlan.Get("Quota")))));
                break;
        }

        foreach (var route in events)
        {
            var method = Map(
                route.Properties.Range,
                ("HttpMethod", route.HttpMethod),
                ("RestApiId", Ref(api.LogicalId, at)),
                ("AuthorizationType", ApiAuthorizers.AuthorizationType(route, api)),
                ("ApiKeyRequired", ApiAuthorizers.ApiKeyRequired(route, api)));
            yield return ServerlessResources.Generate(route.Function, ApiAuthorizers.RouteAddress(api, route), "AWS::ApiGateway::Method", method, ApiAuthorizers.RouteDeclaration(route));
        }
    }

    /// <summary>
    /// The usage plan <c>ServerlessUsagePlan</c> that every API with <c>CreateUsagePlan: SHARED</c> joins; its limits are
    /// the first API's that writes them.
    /// </summary>
    public static Resource? SharedUsagePlan(List<(ApiDeclaration Api, Value Entry)> shared)
    {
        if (shared.Count == 0)
        {
            return null;
        }

        var sharedStages = shared.Select(s => s.Entry).ToList();
        var first = sharedStages[0];
        var plan = Map(
            first.Range,
            ("ApiStages", List(first.Range, sharedStages.Select(s => s.Get("ApiStage")))),
            ("Throttle", sharedStages.Select(s => s.Get("Throttle")).FirstOrDefault(t => !t.IsAbsent)),
            ("Quota", sharedStages.Select(s => s.Get("Quota")).FirstOrDefault(q => !q.IsAbsent)));
        return ServerlessResources.Generate(shared[0].Api.Source, SharedUsagePlanId, "AWS::ApiGateway::UsagePlan", plan, shared[0].Api.Declaration);
    }

    /// <summary>SAM writes the endpoint type as a string or as <c>{Type, VPCEndpointIds}</c>; the RestApi as <c>{Types: [...]}</c>.</summary>
    private static Value? EndpointConfiguration(Value written) => written switch
    {
        StringValue type => Map(type.Range, ("Types", List(type.Range, [type]))),
        MapValue map => Map(map.Range, ("Types", map.Get("Type") is { IsAbsent: false } type ? List(type.Range, [type]) : null), ("VpcEndpointIds", map.Get("VPCEndpointIds"))),
        UnknownValue unknown => unknown,
        _ => null,
    };
}
