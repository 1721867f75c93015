using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::HttpApi</c> (and the implicit <c>ServerlessHttpApi</c>) as SAM deploys it: an
/// <c>AWS::ApiGatewayV2::Api</c> of protocol HTTP with the same logical id; its stage (<c>{Id}ApiGatewayDefaultStage</c>
/// for the default <c>$default</c>, else <c>{Id}{StageName}Stage</c>) with the access log settings and route settings;
/// an <c>AWS::ApiGatewayV2::DomainName</c> for <c>Domain</c> (the API, stage and domain all get <c>Tags</c>); and for each <c>HttpApi</c> event of a function an
/// <c>AWS::ApiGatewayV2::Route</c> <c>{Id} {METHOD} {path}</c> (<c>$default</c> without path and method) with the
/// authorization the event gets. Routes written in <c>DefinitionBody</c> itself are not read.
/// </summary>
internal static class HttpApiExpansion
{
    public const string Type = "AWS::Serverless::HttpApi";
    public const string ImplicitApiId = "ServerlessHttpApi";

    public static IEnumerable<Resource> Expand(ApiDeclaration api, IEnumerable<ApiEvent> events)
    {
        var properties = api.Properties;
        var at = api.Declaration;
        var httpApi = Map(
            properties.Range,
            ("Name", Optional(properties, "Name")),
            ("Description", Optional(properties, "Description")),
            ("ProtocolType", Constant("HTTP", at)),
            ("Body", Optional(properties, "DefinitionBody")),
            ("BodyS3Location", Optional(properties, "DefinitionUri")),
            ("CorsConfiguration", Optional(properties, "CorsConfiguration")),
            ("DisableExecuteApiEndpoint", Optional(properties, "DisableExecuteApiEndpoint")),
            ("FailOnWarnings", Optional(properties, "FailOnWarnings")),
            ("Tags", Optional(properties, "Tags")));
        yield return ServerlessResources.Generate(api.Source, api.LogicalId, "AWS::ApiGatewayV2::Api", httpApi, at, api.IsImplicit ? null : ServerlessResources.DependsOn(api.Source));

        var stageName = properties.Get("StageName") is { IsAbsent: false } written ? written : Constant("$default", at);
        var stageId = stageName.AsString() switch
        {
            "$default" => $"{api.LogicalId}ApiGatewayDefaultStage",
            { } name => $"{api.LogicalId}{Alphanumeric(name)}Stage",
            null => $"{api.LogicalId}Stage",
        };
        var stage = Map(
            properties.Range,
            ("StageName", stageName),
            ("ApiId", Ref(api.LogicalId, at)),
            ("AutoDeploy", new BoolValue(true, at, ValueOrigin.Defaulted)),
            ("AccessLogSettings", Optional(properties, "AccessLogSettings")),
            ("DefaultRouteSettings", Optional(properties, "DefaultRouteSettings")),
            ("RouteSettings", Optional(properties, "RouteSettings")),
            ("StageVariables", Optional(properties, "StageVariables")),
            ("Tags", Optional(properties, "Tags")));
        yield return ServerlessResources.Generate(api.Source, stageId, "AWS::ApiGatewayV2::Stage", stage, at);

        if (properties.Get("Domain") is MapValue domain)
        {
            var configuration = Map(
                domain.Range,
                ("CertificateArn", domain.Get("CertificateArn")),
                ("EndpointType", domain.Get("EndpointConfiguration") is { IsAbsent: false } type ? type : Constant("REGIONAL", at)),
                ("SecurityPolicy", Optional(domain, "SecurityPolicy")),
                ("OwnershipVerificationCertificateArn", Optional(domain, "OwnershipVerificationCertificateArn")));
            var domainName = Map(
                domain.Range,
                ("DomainName", domain.Get("DomainName")),
                ("DomainNameConfigurations", List(domain.Range, [configuration])),
                ("MutualTlsAuthentication", Optional(domain, "MutualTlsAuthentication")),
                ("Tags", Optional(properties, "Tags")));
            yield return ServerlessResources.Generate(api.Source, $"{api.LogicalId}DomainName", "AWS::ApiGatewayV2::DomainName", domainName, at);
        }

        foreach (var route in events)
        {
            var routeKey = route.RouteLabel == "$default" ? Constant("$default", route.TypeRange) : new StringValue(route.RouteLabel, ApiAuthorizers.RouteDeclaration(route));
            var attributes = Map(
                route.Properties.Range,
                ("ApiId", Ref(api.LogicalId, at)),
                ("RouteKey", routeKey),
                ("AuthorizationType", ApiAuthorizers.AuthorizationType(route, api)),
                ("AuthorizationScopes", Optional(route.Auth as MapValue ?? MapValue.Empty, "AuthorizationScopes")));
            yield return ServerlessResources.Generate(route.Function, ApiAuthorizers.RouteAddress(api, route), "AWS::ApiGatewayV2::Route", attributes, ApiAuthorizers.RouteDeclaration(route));
        }
    }
}
