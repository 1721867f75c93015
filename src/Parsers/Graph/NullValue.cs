using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

public sealed class NullValue(SourceRange range, ValueOrigin origin = ValueOrigin.Written) : Value(range, origin)
{
    public static readonly NullValue Instance = new(SourceRange.None);

    public override ValueKind Kind => ValueKind.Null;

    public override Value WithRange(SourceRange range) => new NullValue(range, Origin);
}
