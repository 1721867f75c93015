using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>
/// One node of a template, read from YAML or JSON into the same immutable tree with its exact range. YAML short-form
/// tags are already rewritten to their long form (<c>!Ref X</c> is a one-entry mapping <c>Ref: X</c>), so the
/// evaluator sees one language. The set of node types is closed: mapping, sequence, scalar, invalid.
/// </summary>
public abstract class TemplateNode
{
    private protected TemplateNode(SourceRange range)
    {
        Range = range;
    }

    public SourceRange Range { get; }
}
