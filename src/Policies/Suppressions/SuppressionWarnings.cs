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

    public void Add(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args) => seen.Add(Diagnostic.Create(descriptor, range, args));

    public IEnumerable<Diagnostic> InOrder() => seen
        .OrderBy(d => d.Range.File?.Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(d => d.Range.Start)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal);
}
