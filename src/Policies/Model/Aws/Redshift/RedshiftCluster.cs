using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Redshift;

/// <summary>A Redshift cluster: encryption at rest and public accessibility.</summary>
public sealed record RedshiftCluster : IModelObject
{
    public required Resource Resource { get; init; }

    public required Value Identifier { get; init; }

    /// <summary>
    /// <c>encrypted</c>. Not written, it is defaulted to false: AWS provider versions before 6.0 create unencrypted
    /// clusters (6.0 changed the default to true), and the configuration does not say which version applies.
    /// </summary>
    public required Value Encrypted { get; init; }

    /// <summary>
    /// <c>publicly_accessible</c>. Not written, it is defaulted to true: the default of provider versions before 6.0
    /// (6.0 changed it to false).
    /// </summary>
    public required Value PubliclyAccessible { get; init; }

    public string DisplayName => $"\"{Identifier.AsString() ?? Resource.Address}\"";
}
