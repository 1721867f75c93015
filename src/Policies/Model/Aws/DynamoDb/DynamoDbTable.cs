using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.DynamoDb;

/// <summary>A DynamoDB table and its server-side encryption settings.</summary>
public sealed record DynamoDbTable : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Name { get; init; }

    /// <summary>
    /// <c>server_side_encryption.enabled</c>; false (defaulted) without the block, which means the AWS-owned key, not
    /// "unencrypted": DynamoDB always encrypts at rest.
    /// </summary>
    public required Value KmsEncryptionEnabled { get; init; }

    /// <summary><c>server_side_encryption.kms_key_arn</c>; missing means the AWS-managed key aws/dynamodb.</summary>
    public required Value KmsKeyArn { get; init; }

    public string DisplayName => $"\"{Name.AsString() ?? Resource.Address}\"";
}
