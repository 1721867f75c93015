using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ecr;

/// <summary>
/// Builds <see cref="EcrRepository"/> from CloudFormation's <c>AWS::ECR::Repository</c>, with the
/// <c>AWS::ECR::RegistryScanningConfiguration</c> of the same template. Documented defaults:
/// <c>ImageScanningConfiguration.ScanOnPush</c> false, <c>ImageTagMutability</c> MUTABLE,
/// <c>EncryptionConfiguration.EncryptionType</c> AES256.
/// </summary>
public sealed class CloudFormationEcrRepositoryAdapter : IModelAdapter<EcrRepository>
{
    public ImmutableArray<EcrRepository> Build(AdapterContext context)
    {
        var registries = context.Resources("AWS::ECR::RegistryScanningConfiguration")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(r => new EcrRegistryScanning(
                r,
                Defaults.OrMissing(r["ScanType"], r),
                [.. r["Rules"].Elements.Select(rule => new EcrScanningRule(
                    rule["ScanFrequency"],
                    [.. rule["RepositoryFilters"].Elements.Select(f => f["Filter"])]))]))
            .ToList();
        return [.. context.Resources("AWS::ECR::Repository")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(repository => new EcrRepository
            {
                Resource = repository,
                Name = repository["RepositoryName"],
                ScanOnPush = Defaults.Or(repository["ImageScanningConfiguration"]["ScanOnPush"], repository, false),
                TagMutability = Defaults.Or(repository["ImageTagMutability"], repository, "MUTABLE"),
                EncryptionType = Defaults.Or(repository["EncryptionConfiguration"]["EncryptionType"], repository, "AES256"),
                RegistryScanning = [.. registries.Where(s => s.Resource.Root == repository.Root)],
            })];
    }
}
