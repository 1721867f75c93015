using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>How the provider turns a collection of strings into JSON; each source of strings has its own rule.</summary>
internal enum PolicyStringsShape
{
    /// <summary>An HCL set (<c>actions</c>, <c>resources</c>, principal <c>identifiers</c>): one element renders as a string, more sort descending.</summary>
    HclSet,

    /// <summary>An HCL list (condition <c>values</c>): order kept, one element renders as a string.</summary>
    HclList,

    /// <summary>A JSON string read from a source or override document: rendered back as a string.</summary>
    JsonString,

    /// <summary>A JSON array read from a source or override document: rendered back as written.</summary>
    JsonArray,
}

/// <summary>
/// Action, Resource, principal identifiers or condition values: the elements as written (each a
/// <see cref="StringValue"/> or <see cref="UnknownValue"/> keeping its source range), or
/// <see cref="Unknown"/> when the collection as a whole cannot be known (or had the wrong shape).
/// </summary>
internal sealed class PolicyStrings(ImmutableArray<Value> items, PolicyStringsShape shape, SourceRange range, UnknownValue? unknown = null)
{
    public ImmutableArray<Value> Items { get; } = items.IsDefault ? [] : items;

    public PolicyStringsShape Shape { get; } = shape;

    public SourceRange Range { get; } = range;

    public UnknownValue? Unknown { get; } = unknown;

    public static PolicyStrings WhollyUnknown(UnknownValue unknown, PolicyStringsShape shape) => new([], shape, unknown.Range, unknown);

    /// <summary>Whether the provider writes a single JSON string rather than an array.</summary>
    public bool RendersAsString => Shape switch
    {
        PolicyStringsShape.HclSet or PolicyStringsShape.HclList => Items.Length == 1,
        PolicyStringsShape.JsonString => true,
        _ => false,
    };
}
