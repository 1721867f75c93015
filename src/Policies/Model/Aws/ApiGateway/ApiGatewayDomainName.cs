using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>A custom domain name of API Gateway (REST or v2) and the TLS security policy it offers clients.</summary>
public sealed record ApiGatewayDomainName : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value DomainName { get; init; }

    /// <summary>
    /// <c>security_policy</c> (REST: "TLS_1_0" defaulted when not written) or
    /// <c>domain_name_configuration.security_policy</c> (v2, required there).
    /// </summary>
    public required Value SecurityPolicy { get; init; }

    public string Label => DomainName.AsString() is { Length: > 0 } name ? name : Resource.Address;
}
