using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// A built-in function. Unless <see cref="AcceptsUnknown"/> is set, the evaluator returns unknown without
/// calling <see cref="Body"/> when any argument is (or contains, at the top level) an unknown value.
/// <see cref="MaxArguments"/> is -1 for variadic functions.
/// </summary>
public sealed record HclFunction(string Name, int MinArguments, int MaxArguments, Func<FunctionInvocation, Value> Body)
{
    public bool AcceptsUnknown { get; init; }

    /// <summary>Impure functions (timestamp, uuid) always give unknown: their result is not knowable before deployment.</summary>
    public bool IsImpure { get; init; }
}
