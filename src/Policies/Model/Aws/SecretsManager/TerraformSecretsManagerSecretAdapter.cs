using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SecretsManager;

/// <summary>
/// Builds <see cref="SecretsManagerSecret"/> from Terraform's <c>aws_secretsmanager_secret</c> and the
/// <c>aws_secretsmanager_secret_rotation</c> resources whose <c>secret_id</c> refers to it (or names it).
/// </summary>
public sealed class TerraformSecretsManagerSecretAdapter : IModelAdapter<SecretsManagerSecret>
{
    public ImmutableArray<SecretsManagerSecret> Build(AdapterContext context)
    {
        var secrets = context.Resources("aws_secretsmanager_secret").ToList();
        var undecided = context.Resources("aws_secretsmanager_secret_rotation")
            .Where(r => r["secret_id"] is UnknownValue id && !secrets.Any(s => s.Root == r.Root && ResourceLinks.RefersTo(id, s.Address)))
            .ToList();
        return [.. secrets
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(secret => new SecretsManagerSecret
            {
                Resource = secret,
                Name = secret["name"],
                KmsKeyId = Defaults.OrMissing(secret["kms_key_id"], secret),
                Rotations = [.. secret["rotation_rules"].AsBlocks()
                    .Concat(context.Links.To(secret, "aws_secretsmanager_secret_rotation", "secret_id", secret["name"]).Select(r => (Value)r.Attributes))],
                PossibleRotations = [.. undecided.Where(r => r.Root == secret.Root && r.Format == secret.Format).Select(r => r["secret_id"])],
            })];
    }
}
