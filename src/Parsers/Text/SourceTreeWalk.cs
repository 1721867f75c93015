using System.Collections.Immutable;

namespace PolicyScan.Parsers.Text;

/// <summary>
/// What a <see cref="SourceTreeWalker"/> found: the wanted files (full paths, in walk order, each once), the wanted
/// files it left out because they are ignored (full paths, so a directory loader can leave them out too), and
/// everything it skipped with the reason.
/// </summary>
public sealed record SourceTreeWalk(ImmutableArray<string> Files, ImmutableHashSet<string> IgnoredFiles, ImmutableArray<SkippedPath> Skipped);
