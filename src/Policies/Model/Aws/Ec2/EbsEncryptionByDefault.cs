using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>The account- and region-level EBS encryption by default (<c>aws_ebs_encryption_by_default</c>); <c>enabled</c> is true when not written.</summary>
public sealed record EbsEncryptionByDefault(Resource Resource, Value Enabled) : IModelObject;
