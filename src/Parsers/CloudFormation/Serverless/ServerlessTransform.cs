using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// The SAM transform (<c>AWS::Serverless-2016-10-31</c>) as far as security policies need it: each serverless resource
/// becomes the CloudFormation resources SAM deploys for it (<see cref="FunctionExpansion"/>,
/// <see cref="RestApiExpansion"/>, <see cref="HttpApiExpansion"/>, <see cref="SimpleTableExpansion"/>,
/// <see cref="LayerVersionExpansion"/>, <see cref="StateMachineExpansion"/>), so the Lambda, IAM, API Gateway and
/// DynamoDB policies judge what will exist. The resource that keeps the logical id keeps its place in template order;
/// the implicit APIs come last. Other serverless types (Application, Connector, GraphQLApi) stay as written.
/// </summary>
internal static class ServerlessTransform
{
    public static ImmutableArray<Resource> Expand(IReadOnlyList<Resource> written, IReadOnlyDictionary<string, Value> globals)
    {
        var apiEvents = new List<ApiEvent>();
        var expanded = written.Select(resource => resource.Type switch
        {
            FunctionExpansion.Type => FunctionExpansion.Expand(resource, apiEvents).ToList(),
            SimpleTableExpansion.Type => [SimpleTableExpansion.Expand(resource)],
            LayerVersionExpansion.Type => [LayerVersionExpansion.Expand(resource)],
            StateMachineExpansion.Type => StateMachineExpansion.Expand(resource).ToList(),
            RestApiExpansion.Type or HttpApiExpansion.Type => null,
            _ => new List<Resource> { resource },
        }).ToList();

        var result = ImmutableArray.CreateBuilder<Resource>();
        var sharedUsagePlan = new List<(ApiDeclaration Api, Value Entry)>();
        for (var i = 0; i < written.Count; i++)
        {
            if (expanded[i] is { } resources)
            {
                result.AddRange(resources);
                continue;
            }

            var api = written[i];
            var isHttp = api.Type == HttpApiExpansion.Type;
            var declaration = new ApiDeclaration(api, api.Address, api.Attributes, api.DeclarationRange, IsImplicit: false);
            var routes = apiEvents.Where(e => e.IsHttp == isHttp && e.ApiId == api.Address);
            result.AddRange(isHttp ? HttpApiExpansion.Expand(declaration, routes) : RestApiExpansion.Expand(declaration, routes, sharedUsagePlan));
        }

        if (Implicit(apiEvents, RestApiExpansion.ImplicitApiId, isHttp: false, globals) is { } restApi)
        {
            result.AddRange(RestApiExpansion.Expand(restApi.Api, restApi.Routes, sharedUsagePlan));
        }

        if (Implicit(apiEvents, HttpApiExpansion.ImplicitApiId, isHttp: true, globals) is { } httpApi)
        {
            result.AddRange(HttpApiExpansion.Expand(httpApi.Api, httpApi.Routes));
        }

        if (RestApiExpansion.SharedUsagePlan(sharedUsagePlan) is { } plan)
        {
            result.Add(plan);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The implicit API SAM makes for events that name no API (unless the template declares a resource of that id),
    /// with the <c>Globals</c> of its kind, located at the first such event.
    /// </summary>
    private static (ApiDeclaration Api, List<ApiEvent> Routes)? Implicit(List<ApiEvent> events, string logicalId, bool isHttp, IReadOnlyDictionary<string, Value> globals)
    {
        var routes = events.Where(e => e.IsHttp == isHttp && e.ApiId == logicalId).ToList();
        if (routes.Count == 0)
        {
            return null;
        }

        var first = routes[0];
        var properties = globals.TryGetValue(isHttp ? "HttpApi" : "Api", out var global) && global is MapValue map ? map : new MapValue([], first.TypeRange);
        return (new ApiDeclaration(first.Function, logicalId, properties, first.TypeRange, IsImplicit: true), routes);
    }

    /// <summary>
    /// Whether <paramref name="name"/> may be the logical id of a resource SAM generates from the serverless resources
    /// <paramref name="serverlessIds"/>: <c>{Id}Role</c>, <c>{Id}Url</c>, <c>{Id}{Stage}Stage</c>, the implicit APIs.
    /// A <c>Ref</c> to one is then a reference to a resource, not to nothing.
    /// </summary>
    public static bool MayBeGenerated(string name, IReadOnlyCollection<string> serverlessIds) =>
        name.StartsWith(RestApiExpansion.ImplicitApiId, StringComparison.Ordinal)
        || name.StartsWith(HttpApiExpansion.ImplicitApiId, StringComparison.Ordinal)
        || name == RestApiExpansion.SharedUsagePlanId
        || serverlessIds.Any(id => name.Length > id.Length && name.StartsWith(id, StringComparison.Ordinal));
}
