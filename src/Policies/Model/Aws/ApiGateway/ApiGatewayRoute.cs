using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>A route of an HTTP or WebSocket API (<c>aws_apigatewayv2_route</c>).</summary>
public sealed record ApiGatewayRoute : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary><c>route_key</c>: "GET /patients", "$default", "$connect", ...</summary>
    public required Value RouteKey { get; init; }

    /// <summary><c>authorization_type</c>: NONE (defaulted when not written), AWS_IAM, CUSTOM or JWT.</summary>
    public required Value AuthorizationType { get; init; }

    /// <summary>The linked API's <c>protocol_type</c> (HTTP or WEBSOCKET); missing when the API is not in the configuration.</summary>
    public required Value Protocol { get; init; }

    /// <summary>
    /// WebSocket APIs authorise only the <c>$connect</c> route; AWS rejects an authorization type on the others, so
    /// they are covered by the authorization of <c>$connect</c>.
    /// </summary>
    public bool IsAuthorisedAtConnect =>
        string.Equals(Protocol.AsString(), "WEBSOCKET", StringComparison.OrdinalIgnoreCase) && RouteKey.AsString() is { } key && key != "$connect";
}
