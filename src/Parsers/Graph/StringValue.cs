using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

public sealed class StringValue(string value, SourceRange range, ValueOrigin origin = ValueOrigin.Written) : Value(range, origin)
{
    public string Value { get; } = value;

    /// <summary>
    /// For a string made by an encoding function (<c>jsonencode</c>), the structure it encodes, with the ranges where
    /// each part was written: a reader of the JSON (a policy document) can then locate a statement exactly.
    /// </summary>
    public Value? Encoded { get; init; }

    public override ValueKind Kind => ValueKind.String;

    public override Value WithRange(SourceRange range) => new StringValue(Value, range, Origin) { Encoded = Encoded };
}
