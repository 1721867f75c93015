using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>
/// Builds <see cref="S3Bucket"/> from Terraform's <c>aws_s3_bucket</c> and the split resources of provider v4+
/// (ACL, public access block, encryption, logging, versioning, policy, replication) linked by reference or by name.
/// </summary>
public sealed class TerraformS3BucketAdapter : IModelAdapter<S3Bucket>
{
    public ImmutableArray<S3Bucket> Build(AdapterContext context)
    {
        var accountBlocks = context.Resources("aws_s3_account_public_access_block").Select(PublicAccessBlock).ToList();
        var buckets = ImmutableArray.CreateBuilder<S3Bucket>();
        foreach (var bucket in context.Resources("aws_s3_bucket").Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
        {
            var name = bucket["bucket"];
            Resource[] Linked(string type) => [.. context.Links.To(bucket, type, "bucket", name)];

            var acls = new List<Value>();
            var grants = new List<S3Grant>();
            if (!bucket["acl"].IsAbsent)
            {
                acls.Add(bucket["acl"]);
            }

            grants.AddRange(bucket["grant"].AsBlocks().Select(g => new S3Grant(g["type"], g["uri"], PermissionsOf(g))));
            foreach (var acl in Linked("aws_s3_bucket_acl"))
            {
                if (!acl["acl"].IsAbsent)
                {
                    acls.Add(acl["acl"]);
                }

                foreach (var policy in acl["access_control_policy"].AsBlocks())
                {
                    grants.AddRange(policy["grant"].AsBlocks().SelectMany(g => g["grantee"].AsBlocks().Select(grantee =>
                        new S3Grant(grantee["type"], grantee["uri"], g["permission"]))));
                }
            }

            if (acls.Count == 0)
            {
                acls.Add(Defaults.Or(new MissingValue(bucket.Range), bucket, "private"));
            }

            var encryption = bucket["server_side_encryption_configuration"].AsBlocks()
                .Concat(Linked("aws_s3_bucket_server_side_encryption_configuration").Select(r => (Value)r.Attributes))
                .SelectMany(c => c["rule"].AsBlocks())
                .SelectMany(rule => rule["apply_server_side_encryption_by_default"].AsBlocks())
                .Select(d => new S3EncryptionRule(d["sse_algorithm"], d["kms_master_key_id"]))
                .ToImmutableArray();

            var logging = bucket["logging"].AsBlocks().Select(l => l["target_bucket"])
                .Concat(Linked("aws_s3_bucket_logging").Select(l => l["target_bucket"]))
                .ToImmutableArray();

            var policies = new List<PolicyDocument>();
            if (!bucket["policy"].IsAbsent)
            {
                policies.Add(PolicyDocumentReader.Read(bucket["policy"]));
            }

            policies.AddRange(Linked("aws_s3_bucket_policy").Select(p => PolicyDocumentReader.Read(p["policy"])));

            buckets.Add(new S3Bucket
            {
                Resource = bucket,
                Name = name,
                CannedAcls = [.. acls],
                Grants = [.. grants],
                PublicAccessBlocks = [.. Linked("aws_s3_bucket_public_access_block").Select(PublicAccessBlock)],
                AccountPublicAccessBlocks = [.. accountBlocks.Where(b => b.Resource.Root == bucket.Root && b.Resource.Format == bucket.Format)],
                EncryptionRules = encryption,
                LoggingTargets = logging,
                Versioning = Versioning(bucket, Linked("aws_s3_bucket_versioning")),
                Policies = [.. policies],
                ReplicationRules = Replication(bucket, Linked("aws_s3_bucket_replication_configuration")),
            });
        }

        return buckets.ToImmutable();
    }

    private static Value PermissionsOf(Value grant) =>
        grant["permissions"] is ListValue { Count: > 0 } permissions ? permissions.Items[0] : grant["permissions"];

    private static S3PublicAccessBlock PublicAccessBlock(Resource block) => new(
        block,
        Defaults.Or(block["block_public_acls"], block, false),
        Defaults.Or(block["block_public_policy"], block, false),
        Defaults.Or(block["ignore_public_acls"], block, false),
        Defaults.Or(block["restrict_public_buckets"], block, false));

    /// <summary>
    /// Versioning is on when the bucket's <c>versioning { enabled = true }</c> or a linked
    /// <c>aws_s3_bucket_versioning</c> says <c>status = "Enabled"</c>; off (defaulted) otherwise.
    /// </summary>
    private static Value Versioning(Resource bucket, Resource[] linked)
    {
        foreach (var resource in linked)
        {
            var status = resource["versioning_configuration"].AsBlocks().Select(v => v["status"]).FirstOrDefault();
            if (status is not null)
            {
                return status.IsUnknown ? status : new BoolValue(status.AsString() == "Enabled", status.Range, status.Origin);
            }
        }

        var inline = bucket["versioning"].AsBlocks().Select(v => v["enabled"]).FirstOrDefault();
        return inline is null ? Defaults.Or(new MissingValue(bucket.Range), bucket, false) : Defaults.Or(inline, bucket, false);
    }

    private static ImmutableArray<S3ReplicationRule> Replication(Resource bucket, Resource[] linked)
    {
        var configurations = bucket["replication_configuration"].AsBlocks().Concat(linked.Select(r => (Value)r.Attributes));
        return [.. configurations.SelectMany(c => c["rules"].AsBlocks().Concat(c["rule"].AsBlocks()))
            .Select(rule =>
            {
                var destination = rule["destination"].AsBlocks().FirstOrDefault() ?? new MissingValue(rule.Range);
                var kms = destination["replica_kms_key_id"].IsAbsent
                    ? destination["encryption_configuration"].AsBlocks().Select(e => e["replica_kms_key_id"]).FirstOrDefault() ?? new MissingValue(destination.Range)
                    : destination["replica_kms_key_id"];
                return new S3ReplicationRule(rule["status"], destination["bucket"], kms, rule.Range);
            })];
    }
}
