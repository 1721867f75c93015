using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>A <c>//</c> or <c>/* */</c> comment (ARM templates), kept because suppressions live in comments. <see cref="Text"/> includes the markers.</summary>
public sealed record JsonComment(string Text, SourceRange Range);
