using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// A provider configuration block as a model object. Providers are not resources, so <see cref="Resource"/> is a
/// resource synthesized for it: type <c>provider</c>, address <c>provider.aws</c> or <c>provider.aws.eu</c> (prefixed
/// by the module address inside a module), the whole block as its range and <c>provider "aws"</c> as its header.
/// </summary>
public sealed record ProviderConfiguration : IModelObject
{
    public required Resource Resource { get; init; }

    public required ProviderConfig Config { get; init; }

    /// <summary>The credential attributes that are set (<c>access_key</c>, <c>secret_key</c>, <c>token</c>).</summary>
    public required ImmutableArray<SecretAttribute> Credentials { get; init; }
}
