using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Json;

/// <summary>
/// A number: <see cref="RawText"/> exactly as written (sliced from the source on demand, so reading a plan
/// allocates no string per number) and <see cref="Value"/> when it fits a <see cref="decimal"/>.
/// </summary>
public sealed class JsonNumber : JsonNode
{
    public JsonNumber(decimal? value, SourceRange range)
        : base(range)
    {
        Value = value;
    }

    public decimal? Value { get; }

    public string RawText => Range.Text;

    public override JsonNodeKind Kind => JsonNodeKind.Number;

    public override Value ToValue() =>
        Value is { } number ? new NumberValue(number, Range) : new UnknownValue("number out of range", Range);
}
