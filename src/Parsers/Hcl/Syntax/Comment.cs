using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>A comment kept as trivia (suppressions live in comments). <see cref="Text"/> includes the markers.</summary>
public sealed record Comment(string Text, SourceRange Range) : SyntaxNode(Range);
