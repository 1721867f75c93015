using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>A YAML mapping or JSON object, entries in source order. A later duplicate key wins on lookup, as CloudFormation's readers do.</summary>
public sealed class TemplateMapping(ImmutableArray<TemplateEntry> entries, SourceRange range) : TemplateNode(range)
{
    public ImmutableArray<TemplateEntry> Entries { get; } = entries.IsDefault ? [] : entries;

    public TemplateNode? this[string key] => TryGetEntry(key, out var entry) ? entry.Value : null;

    public bool TryGetEntry(string key, out TemplateEntry entry)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (Entries[i].Key == key)
            {
                entry = Entries[i];
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>The single entry of a one-entry mapping: the shape of every intrinsic function call.</summary>
    public TemplateEntry? SingleEntry => Entries.Length == 1 ? Entries[0] : null;
}
