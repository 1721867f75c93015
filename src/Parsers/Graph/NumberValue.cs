using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>
/// A number. HCL numbers are arbitrary-precision; <see cref="decimal"/> keeps 28 significant digits exactly,
/// which covers every number infrastructure code writes (ports, sizes, counts, account ids) without binary
/// rounding surprises such as 0.1 + 0.2.
/// </summary>
public sealed class NumberValue(decimal value, SourceRange range, ValueOrigin origin = ValueOrigin.Written) : Value(range, origin)
{
    public decimal Value { get; } = value;

    public override ValueKind Kind => ValueKind.Number;

    public bool IsInteger => decimal.Truncate(Value) == Value;

    public override Value WithRange(SourceRange range) => new NumberValue(Value, range, Origin);
}
