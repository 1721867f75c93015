using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>
/// A stage of a REST API (<c>aws_api_gateway_stage</c>, <see cref="IsRest"/>) or of an HTTP/WebSocket API
/// (<c>aws_apigatewayv2_stage</c>), with the split resources that protect it.
/// </summary>
public sealed record ApiGatewayStage : IModelObject
{
    public required Resource Resource { get; init; }

    public required bool IsRest { get; init; }

    /// <summary><c>stage_name</c> (REST) or <c>name</c> (v2).</summary>
    public required Value Name { get; init; }

    /// <summary>
    /// The <c>access_log_settings</c> block (CloudFormation: <c>AccessLogSetting</c> of a REST stage,
    /// <c>AccessLogSettings</c> of a v2 stage); missing (at the header) when not written.
    /// </summary>
    public required Value AccessLogSettings { get; init; }

    /// <summary>Where the access log goes: <c>destination_arn</c> (CloudFormation: <c>DestinationArn</c>) of those settings.</summary>
    public required Value AccessLogDestination { get; init; }

    /// <summary>WAF web ACL associations whose <c>resource_arn</c> is this stage (by reference or literal ARN).</summary>
    public required ImmutableArray<Resource> WebAclAssociations { get; init; }

    /// <summary>WAF associations whose <c>resource_arn</c> is only known at apply and refers to no resource: they may be this stage's.</summary>
    public required ImmutableArray<ApiGatewayWebAclAssociation> PossibleWebAclAssociations { get; init; }

    /// <summary>
    /// Throttling limits that apply to the stage: <c>throttling_burst_limit</c>/<c>throttling_rate_limit</c> of linked
    /// <c>aws_api_gateway_method_settings</c> and <c>burst_limit</c>/<c>rate_limit</c> of usage plans that include it.
    /// </summary>
    public required ImmutableArray<Value> ThrottlingLimits { get; init; }

    public string Label => Name.AsString() is { Length: > 0 } name ? name : Resource.Address;
}
