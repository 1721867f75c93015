using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>A method of a REST API (<c>aws_api_gateway_method</c>) and how callers are authorised.</summary>
public sealed record ApiGatewayMethod : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary><c>http_method</c>: GET, POST, ..., ANY, OPTIONS.</summary>
    public required Value HttpMethod { get; init; }

    /// <summary><c>authorization</c>: NONE, CUSTOM, AWS_IAM or COGNITO_USER_POOLS (required by the provider).</summary>
    public required Value Authorization { get; init; }

    /// <summary><c>api_key_required</c>; false (defaulted) when not written.</summary>
    public required Value ApiKeyRequired { get; init; }
}
