using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

public sealed class StringValue(string value, SourceRange range, ValueOrigin origin = ValueOrigin.Written) : Value(range, origin)
{
    public string Value { get; } = value;

    public override ValueKind Kind => ValueKind.String;

    public override Value WithRange(SourceRange range) => new StringValue(Value, range, Origin);
}
