using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>
/// The semantics of HCL's operators on known values. Returns null with an error message when the operands
/// do not fit; the evaluator reports it. Unknown operands are handled by the caller.
/// </summary>
internal static class Operators
{
    public static Value? Binary(BinaryOperator op, Value left, Value right, SourceRange range, out string? error)
    {
        error = null;
        switch (op)
        {
            case BinaryOperator.Equal:
                return new BoolValue(ValueEquality.Instance.Equals(left, right), range);
            case BinaryOperator.NotEqual:
                return new BoolValue(!ValueEquality.Instance.Equals(left, right), range);
            case BinaryOperator.And:
            case BinaryOperator.Or:
                if (!PrimitiveConversion.TryToBool(left, out var l) || !PrimitiveConversion.TryToBool(right, out var r))
                {
                    error = $"a bool is required for the {(op == BinaryOperator.And ? "&&" : "||")} operator, not {PrimitiveConversion.TypeName(PrimitiveConversion.TryToBool(left, out _) ? right : left)}";
                    return null;
                }

                return new BoolValue(op == BinaryOperator.And ? l && r : l || r, range);
        }

        if (!PrimitiveConversion.TryToNumber(left, out var a) || !PrimitiveConversion.TryToNumber(right, out var b))
        {
            var bad = PrimitiveConversion.TryToNumber(left, out _) ? right : left;
            error = $"a number is required, not {PrimitiveConversion.TypeName(bad)}{(bad is StringValue s ? $" \"{s.Value}\"" : string.Empty)}";
            return null;
        }

        try
        {
            return op switch
            {
                BinaryOperator.Less => new BoolValue(a < b, range),
                BinaryOperator.LessOrEqual => new BoolValue(a <= b, range),
                BinaryOperator.Greater => new BoolValue(a > b, range),
                BinaryOperator.GreaterOrEqual => new BoolValue(a >= b, range),
                BinaryOperator.Add => new NumberValue(a + b, range),
                BinaryOperator.Subtract => new NumberValue(a - b, range),
                BinaryOperator.Multiply => new NumberValue(a * b, range),
                BinaryOperator.Divide when b == 0 => Fail(out error, "division by zero"),
                BinaryOperator.Divide => new NumberValue(a / b, range),
                BinaryOperator.Modulo when b == 0 => Fail(out error, "modulo by zero"),
                BinaryOperator.Modulo => new NumberValue(a % b, range),
                _ => Fail(out error, $"unsupported operator {op}"),
            };
        }
        catch (OverflowException)
        {
            // decimal holds 28 digits; Terraform's arbitrary precision would go on, we say where we stop.
            error = "the result is too large to represent";
            return null;
        }
    }

    public static Value? Unary(UnaryOperator op, Value operand, SourceRange range, out string? error)
    {
        error = null;
        if (op == UnaryOperator.Not)
        {
            if (PrimitiveConversion.TryToBool(operand, out var b))
            {
                return new BoolValue(!b, range);
            }

            error = $"a bool is required for the ! operator, not {PrimitiveConversion.TypeName(operand)}";
            return null;
        }

        if (PrimitiveConversion.TryToNumber(operand, out var n))
        {
            return new NumberValue(-n, range);
        }

        error = $"a number is required for negation, not {PrimitiveConversion.TypeName(operand)}";
        return null;
    }

    private static Value? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }
}
