using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>A public access block (bucket or account level) with its four flags; each defaults to false.</summary>
public sealed record S3PublicAccessBlock(
    Resource Resource,
    Value BlockPublicAcls,
    Value BlockPublicPolicy,
    Value IgnorePublicAcls,
    Value RestrictPublicBuckets)
{
    /// <summary>The four flags, named as the source writes them: Terraform's snake_case arguments, or CloudFormation's PascalCase properties under the bucket's PublicAccessBlockConfiguration.</summary>
    public IEnumerable<(string Name, Value Value)> Flags => Resource.Format == SourceFormat.CloudFormation
        ?
        [
            ("PublicAccessBlockConfiguration.BlockPublicAcls", BlockPublicAcls),
            ("PublicAccessBlockConfiguration.BlockPublicPolicy", BlockPublicPolicy),
            ("PublicAccessBlockConfiguration.IgnorePublicAcls", IgnorePublicAcls),
            ("PublicAccessBlockConfiguration.RestrictPublicBuckets", RestrictPublicBuckets),
        ]
        :
        [
            ("block_public_acls", BlockPublicAcls),
            ("block_public_policy", BlockPublicPolicy),
            ("ignore_public_acls", IgnorePublicAcls),
            ("restrict_public_buckets", RestrictPublicBuckets),
        ];

    public bool BlocksEverything => Flags.All(f => f.Value.IsTrue);

    /// <summary>Public ACLs are neutralised: new ones are refused and existing ones ignored.</summary>
    public bool NeutralisesAcls => IgnorePublicAcls.IsTrue;

    /// <summary>Public bucket policies are neutralised: access through them is restricted to the account and AWS services.</summary>
    public bool NeutralisesPolicies => RestrictPublicBuckets.IsTrue;
}
