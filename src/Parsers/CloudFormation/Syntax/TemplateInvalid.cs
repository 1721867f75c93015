using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>A node that could not be read (an unknown tag, an undefined alias); already reported, it evaluates to unknown.</summary>
public sealed class TemplateInvalid(string reason, SourceRange range) : TemplateNode(range)
{
    public string Reason { get; } = reason;
}
