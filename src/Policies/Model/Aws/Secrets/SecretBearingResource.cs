using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>A resource with password attributes (a database, a cache, a cluster), and those that are set.</summary>
public sealed record SecretBearingResource : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>"DB instance", "Redshift cluster", ..., for messages.</summary>
    public required string Kind { get; init; }

    public required ImmutableArray<SecretAttribute> Secrets { get; init; }
}
