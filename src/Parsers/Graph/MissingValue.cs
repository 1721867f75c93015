using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>Nothing at this path; the range is the deepest enclosing value or block that exists.</summary>
public sealed class MissingValue(SourceRange range) : Value(range, ValueOrigin.Written)
{
    public override ValueKind Kind => ValueKind.Missing;

    public override Value WithRange(SourceRange range) => new MissingValue(range);
}
