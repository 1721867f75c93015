using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Diagnostics;

/// <summary>Collects diagnostics during one parse or evaluation. Not thread-safe: one bag per worker.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public int Count => items.Count;

    public bool HasErrors => items.Exists(d => d.IsError);

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args) =>
        items.Add(Diagnostic.Create(descriptor, range, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public System.Collections.Immutable.ImmutableArray<Diagnostic> ToImmutable() => [.. items];
}
