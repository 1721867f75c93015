using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SecretsManager;

/// <summary>
/// Builds <see cref="SecretsManagerSecret"/> from CloudFormation's <c>AWS::SecretsManager::Secret</c> (no
/// <c>KmsKeyId</c>: the AWS-managed aws/secretsmanager key) and the <c>AWS::SecretsManager::RotationSchedule</c>
/// resources whose <c>SecretId</c> refers to it (<c>!Ref</c>) or names it.
/// </summary>
public sealed class CloudFormationSecretsManagerSecretAdapter : IModelAdapter<SecretsManagerSecret>
{
    private const string RotationSchedule = "AWS::SecretsManager::RotationSchedule";

    public ImmutableArray<SecretsManagerSecret> Build(AdapterContext context)
    {
        var secrets = context.Resources("AWS::SecretsManager::Secret").Where(r => r.Format == SourceFormat.CloudFormation).ToList();
        var undecided = context.Resources(RotationSchedule)
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Where(r => r["SecretId"] is UnknownValue id && !secrets.Any(s => s.Root == r.Root && ResourceLinks.RefersTo(id, s.Address)))
            .ToList();
        return [.. secrets.Select(secret => new SecretsManagerSecret
        {
            Resource = secret,
            Name = secret["Name"],
            KmsKeyId = Defaults.OrMissing(secret["KmsKeyId"], secret),
            Rotations = [.. context.Links.To(secret, RotationSchedule, "SecretId", secret["Name"]).Select(r => (Value)r.Attributes)],
            PossibleRotations = [.. undecided.Where(r => r.Root == secret.Root).Select(r => r["SecretId"])],
        })];
    }
}
