using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

public sealed class BoolValue(bool value, SourceRange range, ValueOrigin origin = ValueOrigin.Written) : Value(range, origin)
{
    public bool Value { get; } = value;

    public override ValueKind Kind => ValueKind.Bool;

    public override Value WithRange(SourceRange range) => new BoolValue(Value, range, Origin);
}
