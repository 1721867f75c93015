using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// The warnings suppressions earn, each once: a comment in a module called twice, or a file-level KICS comment seen from
/// every resource in the file, is still one comment. Given back in file and position order, so outputs are stable.
/// </summary>
internal sealed class SuppressionWarnings
{
    private readonly HashSet<Diagnostic> seen = [];
    private readonly Dictionary<(SourceRange Location, string Source), List<string>> withoutReason = [];

    public void Add(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args) => seen.Add(Diagnostic.Create(descriptor, range, args));

    /// <summary>
    /// A suppression without a reason, reported once per comment or entry: a tfsec comment that ignores two checks
    /// is one comment to fix, so its ids are named in one warning.
    /// </summary>
    public void AddWithoutReason(SourceRange location, string source, IEnumerable<string> ids)
    {
        if (!withoutReason.TryGetValue((location, source), out var named))
        {
            withoutReason[(location, source)] = named = [];
        }

        named.AddRange(ids.Where(id => !named.Contains(id)));
    }

    public IEnumerable<Diagnostic> InOrder() => seen
        .Concat(withoutReason.Select(w => Diagnostic.Create(DiagnosticCatalog.SuppressionWithoutReason, w.Key.Location, w.Key.Source, string.Join(", ", w.Value))))
        .OrderBy(d => d.Range.File?.Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(d => d.Range.Start)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal);
}
