using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>
/// A scalar with its text as written (block scalars folded) and the kind it resolved to. The text is kept for every
/// kind because CloudFormation compares and substitutes scalars as strings (<c>Fn::Equals [1, "1"]</c> is true).
/// </summary>
public sealed class TemplateScalar(string text, TemplateScalarKind kind, SourceRange range) : TemplateNode(range)
{
    public string Text { get; } = text;

    public TemplateScalarKind Kind { get; } = kind;
}
