using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// An AWS resource that carries tags, with the tag maps that decide its effective tags: the provider's
/// <c>default_tags { tags = {...} }</c> merged with the resource's own <c>tags</c> (and <c>tags_all</c>, in the rare
/// configurations that write it). Absent maps are <see cref="MissingValue"/>s.
/// </summary>
public sealed record TaggableResource : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The resource's <c>tags</c> as written (missing, located nowhere, when not written).</summary>
    public required Value Tags { get; init; }

    /// <summary>The resource's <c>tags_all</c> when written; normally computed by the provider and missing here.</summary>
    public required Value TagsAll { get; init; }

    /// <summary>The <c>default_tags</c> map of the provider configuration the resource uses (missing when none).</summary>
    public required Value DefaultTags { get; init; }

    /// <summary>
    /// The value a finding points at: the written <c>tags</c>, else the written <c>tags_all</c>, else nothing (which
    /// locates the finding at the resource header).
    /// </summary>
    public Value Location => !Tags.IsAbsent ? Tags : !TagsAll.IsAbsent ? TagsAll : new MissingValue(Parsers.Text.SourceRange.None);

    /// <summary>
    /// Whether <paramref name="key"/> (case-sensitive, as AWS tag keys are) is among the effective tags. A key with
    /// an unknown value counts as present; an unknown map makes a key that no known map has unknown, and
    /// <paramref name="unknown"/> is that map (the first one met).
    /// </summary>
    public TagPresence Lookup(string key, out UnknownValue? unknown)
    {
        unknown = null;
        foreach (var source in new[] { DefaultTags, Tags, TagsAll })
        {
            switch (source)
            {
                case MapValue map when Has(map, key):
                    return TagPresence.Present;
                case UnknownValue { Partial: MapValue partial } when Has(partial, key):
                    // merge(var.common, { Owner = "x" }) with var.common unset: the known part still has Owner.
                    return TagPresence.Present;
                case UnknownValue map:
                    unknown ??= map;
                    break;
            }
        }

        return unknown is null ? TagPresence.Missing : TagPresence.Unknown;
    }

    private static bool Has(MapValue map, string key) => map.TryGetValue(key, out var value) && !value.IsNull;
}
