using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Lambda;

/// <summary>A Lambda function URL: an HTTPS endpoint that invokes the function.</summary>
public sealed record LambdaFunctionUrl : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>How messages name the function: its known name, the linked function's name, or the URL's address.</summary>
    public required string FunctionLabel { get; init; }

    /// <summary><c>authorization_type</c>: "AWS_IAM" or "NONE" (required by the provider).</summary>
    public required Value AuthorizationType { get; init; }
}
