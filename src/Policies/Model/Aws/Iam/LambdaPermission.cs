using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>An <c>aws_lambda_permission</c>: one statement of a function's resource policy.</summary>
public sealed record LambdaPermission : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value FunctionName { get; init; }

    public required Value Action { get; init; }

    /// <summary>The principal: <c>*</c>, an account id, an AWS service (<c>s3.amazonaws.com</c>) or an ARN.</summary>
    public required Value Principal { get; init; }

    public required Value SourceArn { get; init; }

    public required Value SourceAccount { get; init; }

    public required Value PrincipalOrgId { get; init; }
}
