using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>One static step of a traversal: <c>.name</c> or a literal index <c>[0]</c> / <c>["k"]</c> / legacy <c>.0</c>.</summary>
public abstract record TraversalStep(SourceRange Range) : SyntaxNode(Range);

public sealed record AttributeStep(string Name, SourceRange Range) : TraversalStep(Range);

public sealed record IndexStep(Value Key, SourceRange Range) : TraversalStep(Range);
