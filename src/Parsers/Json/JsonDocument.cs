using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// The result of reading one JSON file: the root (null when no value could be read at all), the comments when
/// they were allowed, and the diagnostics. Well-formed parts of a broken file are still in the tree.
/// </summary>
public sealed record JsonDocument(SourceFile Source, JsonNode? Root, ImmutableArray<JsonComment> Comments, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
