using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// Which authorization a SAM API event's route gets: the event's <c>Auth.Authorizer</c>, else the API's
/// <c>Auth.DefaultAuthorizer</c>; <c>NONE</c> and <c>AWS_IAM</c> are names of their own, any other name is looked up in
/// the API's <c>Auth.Authorizers</c> (a Cognito user pool or a JWT configuration, or a Lambda function). Null when
/// neither names one: the route is open, which the route's resource type leaves as its default (NONE), unless the API
/// has an OpenAPI definition of its own, which may secure the path: then it is unknown.
/// </summary>
internal static class ApiAuthorizers
{
    public static Value? AuthorizationType(ApiEvent route, ApiDeclaration api)
    {
        var chosen = route.Auth.Get("Authorizer") is { IsAbsent: false } own ? own : api.Auth.Get("DefaultAuthorizer");
        if (chosen.IsAbsent && (api.Properties.ContainsKey("DefinitionBody") || api.Properties.ContainsKey("DefinitionUri")))
        {
            // The OpenAPI definition SAM merges the route into may secure the path itself (security, x-amazon-apigateway-auth).
            return new UnknownValue("no authorizer is named, and the API's OpenAPI definition (DefinitionBody/DefinitionUri), which is not read, may set one", RouteDeclaration(route));
        }

        if (chosen.IsAbsent || chosen is UnknownValue)
        {
            return chosen.IsAbsent ? null : chosen;
        }

        if (chosen.AsString() is not { } name)
        {
            return new UnknownValue("the authorizer is not a name", chosen.Range);
        }

        if (name is "NONE" or "AWS_IAM")
        {
            return new StringValue(name, chosen.Range);
        }

        return api.Auth.Get("Authorizers").Get(name) switch
        {
            UnknownValue unknown => unknown,
            MapValue authorizer when !route.IsHttp && authorizer.ContainsKey("UserPoolArn") => new StringValue("COGNITO_USER_POOLS", chosen.Range),
            MapValue authorizer when route.IsHttp && authorizer.ContainsKey("JwtConfiguration") => new StringValue("JWT", chosen.Range),
            MapValue authorizer when authorizer.ContainsKey("FunctionArn") => new StringValue("CUSTOM", chosen.Range),
            MapValue => new UnknownValue($"the authorizer {name} names neither a user pool, a JWT configuration nor a function", chosen.Range),
            _ => new UnknownValue($"the authorizer {name} is not defined in the API's Auth.Authorizers", chosen.Range),
        };
    }

    /// <summary>Whether a REST route requires an API key: the event's <c>Auth.ApiKeyRequired</c>, else the API's.</summary>
    public static Value? ApiKeyRequired(ApiEvent route, ApiDeclaration api) =>
        route.Auth.Get("ApiKeyRequired") is { IsAbsent: false } own ? own
        : api.Auth.Get("ApiKeyRequired") is { IsAbsent: false } shared ? shared
        : null;

    /// <summary>Where a route's finding belongs: its <c>Method</c> as written, else the event.</summary>
    public static Parsers.Text.SourceRange RouteDeclaration(ApiEvent route) =>
        route.Method is StringValue method ? method.Range : route.TypeRange;

    public static string RouteAddress(ApiDeclaration api, ApiEvent route) => $"{api.LogicalId} {route.RouteLabel}";
}
