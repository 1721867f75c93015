using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// One resource (or data source) instance, in any input format. Immutable. Its attributes are a
/// <see cref="MapValue"/> in which nested blocks appear as lists of objects, as in Terraform state.
/// </summary>
public sealed record Resource
{
    /// <summary>The stable address: <c>module.net.aws_subnet.private["a"]</c>, a CloudFormation logical id, an ARM resource id.</summary>
    public required string Address { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public ResourceMode Mode { get; init; } = ResourceMode.Managed;

    public required SourceFormat Format { get; init; }

    /// <summary>The module instance address (<c>module.a.module.b["x"]</c>), empty for the root module.</summary>
    public string ModuleAddress { get; init; } = string.Empty;

    public InstanceKey Key { get; init; }

    /// <summary>
    /// The root module (Terraform) or template the resource was evaluated under, as users see its path. A module
    /// called from two roots yields two resources with the same address; the root tells them apart.
    /// </summary>
    public string Root { get; init; } = string.Empty;

    /// <summary>The whole block or template entry.</summary>
    public required SourceRange Range { get; init; }

    /// <summary>The header (<c>resource "aws_s3_bucket" "b"</c>, a logical id), where a finding on a missing attribute points.</summary>
    public required SourceRange DeclarationRange { get; init; }

    public required MapValue Attributes { get; init; }

    public ImmutableArray<Reference> References { get; init; } = [];

    /// <summary>The provider configuration the resource uses, where one is known.</summary>
    public ProviderConfig? Provider { get; init; }

    /// <summary>Format-specific metadata (CloudFormation <c>Metadata</c>, ARM <c>metadata</c>); where suppressions live.</summary>
    public Value Metadata { get; init; } = new MissingValue(SourceRange.None);

    /// <summary>
    /// For a resource that a template transform made (SAM makes an <c>AWS::Lambda::Function</c> and an execution role of an
    /// <c>AWS::Serverless::Function</c>), the resource as written and its type; null for a resource written as it is.
    /// Its values keep the ranges of what was written, so findings on it point into the source.
    /// </summary>
    public GeneratedFrom? GeneratedFrom { get; init; }

    /// <summary>
    /// For a resource read from a Terraform plan, what apply will do to it: <c>create</c>, <c>update</c>,
    /// <c>replace</c>, <c>no-op</c> or <c>read</c> (data sources); null for other formats.
    /// </summary>
    public string? PlannedAction { get; init; }

    public Value this[string attribute] => Attributes.Get(attribute);
}
