using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>One <c>key: value</c> entry of a mapping; <see cref="KeyRange"/> is where a finding on the entry's name points.</summary>
public sealed record TemplateEntry(string Key, SourceRange KeyRange, TemplateNode Value)
{
    /// <summary>From the key to the end of the value: the whole entry.</summary>
    public SourceRange Range => KeyRange.Union(Value.Range);
}
