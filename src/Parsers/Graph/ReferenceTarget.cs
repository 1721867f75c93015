namespace PolicyScan.Parsers.Graph;

/// <summary>
/// What a reference points at: a resource, data source or module address, and the attribute read from it
/// (<c>aws_s3_bucket.phi</c> and <c>id</c>). Unknown values carry the targets that made them unknown, so
/// that a policy can link <c>aws_s3_bucket_policy.bucket = aws_s3_bucket.phi.id</c> to its bucket.
/// </summary>
public sealed record ReferenceTarget(string Address, string? Attribute)
{
    public override string ToString() => Attribute is null ? Address : $"{Address}.{Attribute}";
}
