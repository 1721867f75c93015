using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.ApiGateway;

/// <summary>A WAF web ACL association and the resource ARN it protects (<c>resource_arn</c>; CloudFormation: <c>ResourceArn</c>).</summary>
public sealed record ApiGatewayWebAclAssociation(Resource Resource, Value ResourceArn);
