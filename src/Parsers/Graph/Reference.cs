using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>An edge of the graph: the attribute <see cref="FromPath"/> of a resource refers to <see cref="Target"/>.</summary>
public sealed record Reference(string FromPath, ReferenceTarget Target, SourceRange Range);
