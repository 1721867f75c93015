using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ecr;

/// <summary>
/// Builds <see cref="EcrRepository"/> from Terraform's <c>aws_ecr_repository</c>, with the
/// <c>aws_ecr_registry_scanning_configuration</c> of the same root (one per registry and Region).
/// </summary>
public sealed class TerraformEcrRepositoryAdapter : IModelAdapter<EcrRepository>
{
    public ImmutableArray<EcrRepository> Build(AdapterContext context)
    {
        var registries = context.Resources("aws_ecr_registry_scanning_configuration")
            .Select(r => new EcrRegistryScanning(
                r,
                Defaults.OrMissing(r["scan_type"], r),
                [.. r["rule"].AsBlocks().Select(rule => new EcrScanningRule(
                    rule["scan_frequency"],
                    [.. rule["repository_filter"].AsBlocks().Select(f => f["filter"])]))]))
            .ToList();
        return [.. context.Resources("aws_ecr_repository")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(repository => new EcrRepository
            {
                Resource = repository,
                Name = repository["name"],
                ScanOnPush = repository["image_scanning_configuration"].AsBlocks().Select(c => Defaults.Or(c["scan_on_push"], repository, false)).FirstOrDefault()
                    ?? Defaults.Or(new MissingValue(repository.Range), repository, false),
                TagMutability = Defaults.Or(repository["image_tag_mutability"], repository, "MUTABLE"),
                EncryptionType = repository["encryption_configuration"].AsBlocks().Select(c => Defaults.Or(c["encryption_type"], repository, "AES256")).FirstOrDefault()
                    ?? Defaults.Or(new MissingValue(repository.Range), repository, "AES256"),
                RegistryScanning = [.. registries.Where(s => s.Resource.Root == repository.Root && s.Resource.Format == repository.Format)],
            })];
    }
}
