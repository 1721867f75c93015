using System.Collections.Immutable;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// A node of an ARM template expression. <see cref="Start"/> and <see cref="End"/> are offsets in the JSON string
/// value (its decoded text, the first character after the opening quote being 0), so that the caller, which knows
/// where the string starts in the file, can report file, line and column.
/// </summary>
public abstract record ArmExpression(int Start, int End);

/// <summary>A single-quoted string literal; <c>''</c> in the source stands for one quote.</summary>
public sealed record ArmStringLiteral(string Value, int Start, int End) : ArmExpression(Start, End);

/// <summary>An integer literal, possibly negative.</summary>
public sealed record ArmIntegerLiteral(long Value, int Start, int End) : ArmExpression(Start, End);

/// <summary>A call such as <c>concat('a', 'b')</c>, or <c>ns.fn(x)</c> for a user-defined function.</summary>
public sealed record ArmFunctionCall(string Name, ImmutableArray<ArmExpression> Arguments, int Start, int End) : ArmExpression(Start, End)
{
    /// <summary>The namespace of a user-defined function (<c>ns</c> in <c>ns.fn</c>); null for a built-in.</summary>
    public string? Namespace => Name.IndexOf('.') is var dot and >= 0 ? Name[..dot] : null;

    /// <summary>The name without its namespace.</summary>
    public string LocalName => Name.IndexOf('.') is var dot and >= 0 ? Name[(dot + 1)..] : Name;
}

/// <summary><c>target.name</c>.</summary>
public sealed record ArmPropertyAccess(ArmExpression Target, string Property, int Start, int End) : ArmExpression(Start, End);

/// <summary><c>target[index]</c>.</summary>
public sealed record ArmIndexAccess(ArmExpression Target, ArmExpression Index, int Start, int End) : ArmExpression(Start, End);

/// <summary>A syntax or evaluation problem at offsets of the JSON string value.</summary>
public sealed record ArmExpressionError(int Start, int End, string Message)
{
    public override string ToString() => $"{Start}: {Message}";
}

/// <summary>
/// What a JSON string value of a template is: plain text (<see cref="Literal"/>, with a leading <c>[[</c> escape already
/// reduced to <c>[</c>), an expression, or an expression that does not parse (<see cref="Error"/>).
/// </summary>
public sealed record ArmTemplateString(string? Literal, ArmExpression? Expression, ArmExpressionError? Error)
{
    public bool IsExpression => Literal is null;
}
