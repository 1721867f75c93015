using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>
/// Builds <see cref="S3Bucket"/> from CloudFormation's <c>AWS::S3::Bucket</c>, which holds its public access block,
/// encryption, logging, versioning, ACL and replication as properties, and the <c>AWS::S3::BucketPolicy</c> resources
/// linked to it by <c>Bucket: !Ref</c> or by its literal name. Defaults are those of the CloudFormation resource
/// reference (AWS::S3::Bucket and its property types), not the Terraform provider's.
/// </summary>
public sealed class CloudFormationS3BucketAdapter : IModelAdapter<S3Bucket>
{
    /// <summary>
    /// CloudFormation spells the canned ACLs in PascalCase (<c>PublicRead</c>); the model, like S3 and Terraform, uses
    /// the S3 names (<c>public-read</c>) so that one policy reads both formats.
    /// </summary>
    private static readonly FrozenDictionary<string, string> CannedAclNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Private"] = "private",
        ["PublicRead"] = "public-read",
        ["PublicReadWrite"] = "public-read-write",
        ["AuthenticatedRead"] = "authenticated-read",
        ["AwsExecRead"] = "aws-exec-read",
        ["BucketOwnerRead"] = "bucket-owner-read",
        ["BucketOwnerFullControl"] = "bucket-owner-full-control",
        ["LogDeliveryWrite"] = "log-delivery-write",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public ImmutableArray<S3Bucket> Build(AdapterContext context)
    {
        var buckets = ImmutableArray.CreateBuilder<S3Bucket>();
        foreach (var bucket in context.Resources("AWS::S3::Bucket").Where(r => r.Format == SourceFormat.CloudFormation))
        {
            // Without BucketName CloudFormation generates a unique name at deployment.
            var name = bucket["BucketName"].IsAbsent
                ? new UnknownValue("CloudFormation generates the bucket name at deployment", bucket.DeclarationRange)
                : bucket["BucketName"];

            var policies = context.Links.To(bucket, "AWS::S3::BucketPolicy", "Bucket", name)
                .Select(p => PolicyDocumentReader.Read(p["PolicyDocument"]));

            buckets.Add(new S3Bucket
            {
                Resource = bucket,
                Name = name,
                CannedAcls = [CannedAcl(bucket)],
                Grants = [],
                PublicAccessBlocks = PublicAccessBlocks(bucket),

                // CloudFormation has no resource for the account-level block: it is set outside templates.
                AccountPublicAccessBlocks = [],
                EncryptionRules = EncryptionRules(bucket),
                LoggingTargets = LoggingTargets(bucket, name),
                Versioning = Versioning(bucket),
                Policies = [.. policies],
                ReplicationRules = ReplicationRules(bucket),
            });
        }

        return buckets.ToImmutable();
    }

    /// <summary>AccessControl, in S3's spelling; <c>Private</c> (S3's default for a new bucket) when left out.</summary>
    private static Value CannedAcl(Resource bucket)
    {
        var written = bucket["AccessControl"];
        if (written.AsString() is { } text && CannedAclNames.TryGetValue(text, out var canned))
        {
            return new StringValue(canned, written.Range, written.Origin);
        }

        return Defaults.Or(written, bucket, "private");
    }

    /// <summary>
    /// The bucket's PublicAccessBlockConfiguration; none when left out. A flag left out of a written configuration is
    /// false: S3's PutPublicAccessBlock replaces the whole configuration, and an element not sent is not set.
    /// </summary>
    private static ImmutableArray<S3PublicAccessBlock> PublicAccessBlocks(Resource bucket)
    {
        var configuration = bucket["PublicAccessBlockConfiguration"];
        if (configuration.IsAbsent)
        {
            return [];
        }

        return
        [
            new S3PublicAccessBlock(
                bucket,
                Flag(configuration, "BlockPublicAcls", bucket),
                Flag(configuration, "BlockPublicPolicy", bucket),
                Flag(configuration, "IgnorePublicAcls", bucket),
                Flag(configuration, "RestrictPublicBuckets", bucket)),
        ];
    }

    private static Value Flag(Value configuration, string name, Resource bucket) =>
        configuration.IsUnknown ? configuration : Defaults.Or(configuration[name], bucket, false);

    /// <summary>BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault; empty when left out.</summary>
    private static ImmutableArray<S3EncryptionRule> EncryptionRules(Resource bucket) =>
    [
        .. bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"].AsBlocks()
            .Select(rule => rule["ServerSideEncryptionByDefault"])
            .Where(byDefault => !byDefault.IsAbsent)
            .Select(byDefault => new S3EncryptionRule(byDefault["SSEAlgorithm"], byDefault["KMSMasterKeyID"])),
    ];

    /// <summary>
    /// LoggingConfiguration turns access logging on; without DestinationBucketName the logs go to the bucket itself
    /// (documented default of AWS::S3::Bucket LoggingConfiguration), so the target is defaulted, not missing.
    /// </summary>
    private static ImmutableArray<Value> LoggingTargets(Resource bucket, Value name)
    {
        var logging = bucket["LoggingConfiguration"];
        if (logging.IsAbsent)
        {
            return [];
        }

        var destination = logging["DestinationBucketName"];
        return [destination.IsAbsent ? Defaults.Or(destination, bucket, name.AsString() ?? bucket.Address) : destination];
    }

    /// <summary>VersioningConfiguration.Status = Enabled; off (defaulted) when left out, as for every new bucket.</summary>
    private static Value Versioning(Resource bucket)
    {
        var status = bucket["VersioningConfiguration"]["Status"];
        if (status.IsUnknown)
        {
            return status;
        }

        return status.IsAbsent
            ? Defaults.Or(status, bucket, false)
            : new BoolValue(status.AsString() == "Enabled", status.Range, status.Origin);
    }

    /// <summary>ReplicationConfiguration.Rules[] with their Destination.EncryptionConfiguration.ReplicaKmsKeyID.</summary>
    private static ImmutableArray<S3ReplicationRule> ReplicationRules(Resource bucket) =>
    [
        .. bucket["ReplicationConfiguration"]["Rules"].AsBlocks().Select(rule =>
        {
            var destination = rule["Destination"];
            return new S3ReplicationRule(rule["Status"], destination["Bucket"], destination["EncryptionConfiguration"]["ReplicaKmsKeyID"], rule.Range);
        }),
    ];
}
