using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// An identity policy document and the resource that holds it: a customer managed <c>aws_iam_policy</c>, an inline
/// <c>aws_iam_role_policy</c>, <c>aws_iam_user_policy</c> or <c>aws_iam_group_policy</c>, or an <c>inline_policy</c>
/// block of an <c>aws_iam_role</c> (then <see cref="Resource"/> is the role).
/// </summary>
public sealed record IamIdentityPolicy : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>How messages name the holder: <c>Policy "admin"</c>, <c>Role policy "ci"</c>, <c>Inline policy "x" of role "y"</c>.</summary>
    public required string Label { get; init; }

    public required PolicyDocument Document { get; init; }

    /// <summary>A customer managed policy (<c>aws_iam_policy</c>, <c>AWS::IAM::ManagedPolicy</c>), which can be attached to any number of principals.</summary>
    public bool IsCustomerManaged => Resource.Type is "aws_iam_policy" or "AWS::IAM::ManagedPolicy";
}
