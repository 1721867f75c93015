using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>An <c>aws_iam_access_key</c>: a long-lived credential of an IAM user.</summary>
public sealed record IamAccessKey : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The user the key belongs to.</summary>
    public required Value User { get; init; }

    /// <summary>"Active" or "Inactive"; the provider's default, "Active", located at the header when not written.</summary>
    public required Value Status { get; init; }
}
