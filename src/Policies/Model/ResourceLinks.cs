using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>
/// Links split resources to the resource they configure: an <c>aws_s3_bucket_public_access_block</c> to its bucket,
/// an <c>aws_flow_log</c> to its VPC. A link is a reference (<c>bucket = aws_s3_bucket.b.id</c>, through locals and
/// module outputs too) or a known identifier written literally (<c>bucket = "phi-exports"</c>). Only resources of the
/// same root module and format are linked.
/// </summary>
public sealed class ResourceLinks(AdapterContext context)
{
    /// <summary>
    /// Resources of <paramref name="linkType"/> whose attribute <paramref name="attributePath"/> refers to
    /// <paramref name="target"/>, by reference or by one of <paramref name="identifiers"/> (its known name, id or ARN).
    /// </summary>
    public IEnumerable<Resource> To(Resource target, string linkType, string attributePath, params Value[] identifiers)
    {
        var names = identifiers.Select(i => i.AsString()).Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in context.Resources(linkType))
        {
            if (candidate.Root != target.Root || candidate.Format != target.Format)
            {
                continue;
            }

            var value = candidate.Attributes.GetPath(attributePath);
            if (RefersTo(value, target.Address) || (value.AsString() is { } literal && names.Contains(literal)))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Whether a value is, or contains, an unknown that comes from <paramref name="address"/>.</summary>
    public static bool RefersTo(Value value, string address) => value switch
    {
        UnknownValue unknown => unknown.References.Any(r => r.Address == address),
        ListValue list => list.Items.Any(i => RefersTo(i, address)),
        _ => false,
    };

    /// <summary>The resources (of a type) an attribute value refers to, in the same root and format as <paramref name="from"/>.</summary>
    public IEnumerable<Resource> Targets(Resource from, Value value, string targetType) =>
        (value is UnknownValue unknown ? unknown.References : [])
            .Select(r => context.Find(from, r.Address))
            .Where(r => r is not null && r.Type == targetType)
            .Select(r => r!)
            .Distinct();
}
