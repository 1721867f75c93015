using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// An <c>Api</c> or <c>HttpApi</c> event of a serverless function: a route SAM adds to the API named by
/// <c>RestApiId</c>/<c>ApiId</c>, or to the implicit API of the template when none is named.
/// </summary>
internal sealed record ApiEvent(Resource Function, string Name, SourceRange Range, SourceRange TypeRange, MapValue Properties, bool IsHttp)
{
    /// <summary>The logical id of the API (<c>!Ref MyApi</c>), the implicit API's when none is named, null when it cannot be told.</summary>
    public string? ApiId => Properties.Get(IsHttp ? "ApiId" : "RestApiId") switch
    {
        MissingValue or NullValue => IsHttp ? HttpApiExpansion.ImplicitApiId : RestApiExpansion.ImplicitApiId,
        UnknownValue { References: [var target] } => target.Address,
        StringValue { Value: var literal } => literal,
        _ => null,
    };

    public Value Path => Properties.Get("Path");

    public Value Method => Properties.Get("Method");

    public Value Auth => Properties.Get("Auth");

    /// <summary>The method as API Gateway writes it: upper case, <c>any</c> becoming <c>ANY</c>.</summary>
    public Value HttpMethod => Method is StringValue text ? new StringValue(text.Value.ToUpperInvariant(), text.Range) : Method;

    /// <summary>How the route reads in an address: <c>GET /patients/{id}</c>.</summary>
    public string RouteLabel => Method.AsString() is { } method && Path.AsString() is { } path
        ? $"{method.ToUpperInvariant()} {path}"
        : IsHttp && Method.IsAbsent && Path.IsAbsent ? "$default" : $"{Function.Address}.{Name}";
}
