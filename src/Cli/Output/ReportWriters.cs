using System.Collections.Immutable;

namespace PolicyScan.Cli.Output;

/// <summary>Every <see cref="IReportWriter"/> of this assembly, by format name.</summary>
internal static class ReportWriters
{
    private static readonly Lazy<ImmutableArray<IReportWriter>> Discovered = new(() =>
        [.. typeof(ReportWriters).Assembly.GetTypes()
            .Where(t => typeof(IReportWriter).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IReportWriter)Activator.CreateInstance(t)!)
            .OrderBy(w => w.Format, StringComparer.Ordinal)]);

    public static ImmutableArray<IReportWriter> All => Discovered.Value;

    public static IEnumerable<string> Names => All.Select(w => w.Format);

    public static IReportWriter? Find(string format) => All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
