using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>One call of a function: its evaluated arguments, where the call is, and the environment.</summary>
public sealed class FunctionInvocation(string name, ImmutableArray<Value> arguments, SourceRange range, IFunctionEnvironment environment)
{
    public string Name { get; } = name;

    public ImmutableArray<Value> Arguments { get; } = arguments;

    /// <summary>The call expression; results are located here.</summary>
    public SourceRange Range { get; } = range;

    public IFunctionEnvironment Environment { get; } = environment;

    public int Count => Arguments.Length;

    public Value this[int index] => Arguments[index];

    /// <summary>Stops the call with a message for the user.</summary>
    public static FunctionException Fail(string message) => new(message);
}
