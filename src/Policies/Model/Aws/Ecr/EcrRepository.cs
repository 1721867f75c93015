using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ecr;

/// <summary>
/// A private ECR repository with the registry scanning configurations of the same configuration. Defaults (AWS
/// provider): <c>scan_on_push</c> false, <c>image_tag_mutability</c> MUTABLE, <c>encryption_type</c> AES256.
/// </summary>
public sealed record EcrRepository : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Name { get; init; }

    public required Value ScanOnPush { get; init; }

    public required Value TagMutability { get; init; }

    public required Value EncryptionType { get; init; }

    /// <summary>Registry-wide scanning configurations, which scan the repositories their rules' filters match.</summary>
    public required ImmutableArray<EcrRegistryScanning> RegistryScanning { get; init; }

    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";
}
