using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// Builds <see cref="TaggableResource"/> from every managed Terraform resource of a type in
/// <see cref="TaggableResourceTypes.Known"/>, or of any <c>aws_</c> type that writes <c>tags</c>, with the default
/// tags of the provider configuration it uses (inherited by module resources, or passed with <c>providers = {...}</c>).
/// </summary>
public sealed class TerraformTaggableResourceAdapter : IModelAdapter<TaggableResource>
{
    public ImmutableArray<TaggableResource> Build(AdapterContext context) =>
        [.. context.Graph.Resources
            .Where(r => r.Mode == ResourceMode.Managed && r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan && IsTaggable(r))
            .Select(r => new TaggableResource
            {
                Resource = r,
                Tags = Written(r, "tags"),
                TagsAll = Written(r, "tags_all"),
                DefaultTags = r.Provider is { Name: "aws" } provider ? provider.DefaultTags : new MissingValue(SourceRange.None),
            })];

    private static bool IsTaggable(Resource resource) =>
        resource.Type.StartsWith("aws_", StringComparison.Ordinal)
        && !TaggableResourceTypes.Excluded.Contains(resource.Type)
        && (TaggableResourceTypes.Known.Contains(resource.Type) || resource.Attributes.ContainsKey("tags"));

    /// <summary>The attribute as written; a missing value located nowhere when it is not.</summary>
    private static Value Written(Resource resource, string attribute) =>
        resource.Attributes.TryGetValue(attribute, out var value) ? value : new MissingValue(SourceRange.None);
}
