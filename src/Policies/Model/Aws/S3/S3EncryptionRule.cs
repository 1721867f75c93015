using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>A default encryption rule: the algorithm (<c>AES256</c>, <c>aws:kms</c>, <c>aws:kms:dsse</c>) and the KMS key.</summary>
public sealed record S3EncryptionRule(Value Algorithm, Value KmsKeyId)
{
    public bool UsesKms => Algorithm.AsString() is "aws:kms" or "aws:kms:dsse";
}
