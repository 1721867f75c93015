using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// Evaluates ARM expressions over the graph's values. An unknown argument makes a result unknown, keeping the references
/// of every unknown argument, unless the function can decide anyway (<c>if</c> with a known condition, <c>coalesce</c>
/// with a known non-null value first, <c>and</c>/<c>or</c> with a known false/true). Problems (a wrong argument, an
/// unknown function) give an unknown value and an <see cref="ArmExpressionError"/> in <see cref="Errors"/>; nothing throws.
/// Every result is located at <c>range</c>, the JSON string the expression was written in, except values read from
/// parameters and variables, which keep where they were written.
/// </summary>
public sealed partial class ArmExpressionEvaluator(IArmEvaluationContext context, SourceRange range)
{
    private readonly List<ArmExpressionError> errors = [];

    private ImmutableDictionary<string, Value>? functionArguments;

    private int depth;

    public IReadOnlyList<ArmExpressionError> Errors => errors;

    public SourceRange Range { get; } = range;

    internal IArmEvaluationContext Context { get; } = context;

    /// <summary>Evaluates a JSON string value of a template: plain text stays text, an expression is evaluated.</summary>
    public Value EvaluateString(string text)
    {
        var parsed = ArmExpressionParser.ParseTemplateString(text);
        if (parsed.Literal is { } literal)
        {
            return new StringValue(literal, Range);
        }

        if (parsed.Error is { } error)
        {
            errors.Add(error);
            return new UnknownValue($"the expression does not parse: {error.Message}", Range);
        }

        return Evaluate(parsed.Expression!);
    }

    /// <summary>Evaluates every expression string inside a template value (an object, array or string).</summary>
    public Value EvaluateTemplateValue(Value value) => value switch
    {
        StringValue s => EvaluateString(s.Value),
        ListValue list => new ListValue([.. list.Items.Select(EvaluateTemplateValue)], list.Range, list.Shape, list.Origin),
        MapValue map => new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, EvaluateTemplateValue(e.Value))), map.Range, map.Shape, map.Origin),
        _ => value,
    };

    public Value Evaluate(ArmExpression expression)
    {
        switch (expression)
        {
            case ArmStringLiteral s:
                return new StringValue(s.Value, Range);
            case ArmIntegerLiteral n:
                return new NumberValue(n.Value, Range);
            case ArmPropertyAccess p:
                return Property(Evaluate(p.Target), p.Property, p);
            case ArmIndexAccess i:
                return Index(Evaluate(i.Target), Evaluate(i.Index), i);
            case ArmFunctionCall call:
                return Call(call);
            default:
                return Fail(expression, "unsupported expression");
        }
    }

    /// <summary>An identity for the resource a <c>reference()</c> or <c>list*()</c> reads: its id or name as far as known.</summary>
    public static string ResourceKey(ImmutableArray<Value> arguments)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return "?";
        }

        return arguments[0] switch
        {
            StringValue s => s.Value,
            UnknownValue { Partial: StringValue partial } => partial.Value,
            UnknownValue u when u.References.Length > 0 => u.References[0].Address,
            _ => "?",
        };
    }

    internal Value Fail(ArmExpression at, string message)
    {
        errors.Add(new ArmExpressionError(at.Start, at.End, message));
        return new UnknownValue(message, Range);
    }

    private Value Property(Value target, string name, ArmExpression at)
    {
        switch (target)
        {
            case UnknownValue:
                return target;
            case MapValue map:
                if (map.TryGetValue(name, out var value))
                {
                    return value;
                }

                // ARM reads object properties without regard to case.
                foreach (var entry in map.Entries)
                {
                    if (string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return entry.Value;
                    }
                }

                return map.ComputedFrom is not null ? map.Get(name) : Fail(at, $"the object has no property '{name}'");
            default:
                return Fail(at, $"'.{name}' needs an object, not {Describe(target)}");
        }
    }

    private Value Index(Value target, Value index, ArmExpression at)
    {
        if (target is UnknownValue || index is UnknownValue)
        {
            return UnknownValue.Combine(Range, [target, index]);
        }

        switch (target, index)
        {
            case (ListValue list, NumberValue n):
                return n.IsInteger && n.Value >= 0 && n.Value < list.Count ? list.Items[(int)n.Value] : Fail(at, $"the index {n.Value} is outside the array of {list.Count}");
            case (MapValue, StringValue s):
                return Property(target, s.Value, at);
            default:
                return Fail(at, $"cannot index {Describe(target)} with {Describe(index)}");
        }
    }

    private Value Call(ArmFunctionCall call)
    {
        if (call.Namespace is { } ns)
        {
            return CallUserFunction(call, ns);
        }

        var name = call.Name.ToLowerInvariant();
        if (LazyFunctions.TryGetValue(name, out var lazy))
        {
            return lazy(this, call);
        }

        var arguments = call.Arguments.Select(Evaluate).ToImmutableArray();
        if (ContextFunctions.TryGetValue(name, out var contextual))
        {
            return contextual(this, call, arguments);
        }

        if (name.StartsWith("list", StringComparison.Ordinal) && !Functions.ContainsKey(name))
        {
            return Context.List(call.Name, arguments, Range);
        }

        if (!Functions.TryGetValue(name, out var function))
        {
            return NotEvaluated.Contains(name)
                ? new UnknownValue($"{call.Name}() is not evaluated", Range)
                : Fail(call, $"unknown function '{call.Name}'");
        }

        // An unknown anywhere inside an argument makes the result unknown (equality, hashing and text cannot see through
        // it), except for functions that only move values around: those keep the unknown in its place.
        // createArray and createObject hold any value, unknown ones included; only an object's keys must be known.
        var unknowns = name switch
        {
            "createarray" => [],
            "createobject" => arguments.Where((a, i) => i % 2 == 0 && a is UnknownValue).ToList(),
            _ when StructuralFunctions.Contains(name) => arguments.Where(a => a is UnknownValue).ToList(),
            _ => arguments.SelectMany(NestedUnknowns).ToList(),
        };
        if (unknowns.Count > 0)
        {
            return UnknownValue.Combine(Range, unknowns);
        }

        try
        {
            return function(this, call, arguments);
        }
        catch (ArmFunctionException e)
        {
            return Fail(call, $"{call.Name}: {e.Message}");
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or DivideByZeroException or UriFormatException or System.Text.Json.JsonException)
        {
            return Fail(call, $"{call.Name}: {e.Message}");
        }
    }

    private Value CallUserFunction(ArmFunctionCall call, string ns)
    {
        var function = Context.UserFunction(ns, call.LocalName);
        if (function is null)
        {
            return Fail(call, $"the template defines no function '{call.Name}'");
        }

        if (function.Parameters.Length != call.Arguments.Length)
        {
            return Fail(call, $"'{call.Name}' takes {function.Parameters.Length} arguments, not {call.Arguments.Length}");
        }

        if (depth > 32)
        {
            return Fail(call, $"'{call.Name}' calls itself too deeply");
        }

        var arguments = ImmutableDictionary.CreateBuilder<string, Value>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < function.Parameters.Length; i++)
        {
            arguments[function.Parameters[i]] = Evaluate(call.Arguments[i]);
        }

        var saved = functionArguments;
        functionArguments = arguments.ToImmutable();
        depth++;
        try
        {
            return EvaluateTemplateValue(function.Output);
        }
        finally
        {
            depth--;
            functionArguments = saved;
        }
    }

    internal Value ReadParameter(string name, ArmExpression at)
    {
        if (functionArguments is not null)
        {
            return functionArguments.TryGetValue(name, out var argument) ? argument : Fail(at, $"the function has no parameter '{name}'");
        }

        var value = Context.Parameter(name, Range);
        return value is MissingValue ? Fail(at, $"the template has no parameter '{name}'") : value;
    }

    internal Value ReadVariable(string name, ArmExpression at)
    {
        if (functionArguments is not null)
        {
            return Fail(at, "a user-defined function cannot read variables");
        }

        var value = Context.Variable(name, Range);
        return value is MissingValue ? Fail(at, $"the template has no variable '{name}'") : value;
    }

    private static IEnumerable<Value> NestedUnknowns(Value value) => value switch
    {
        UnknownValue => [value],
        ListValue or MapValue => value.Elements.SelectMany(NestedUnknowns),
        _ => [],
    };

    internal static string Describe(Value value) => value.Kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Number => "an integer",
        ValueKind.Bool => "a bool",
        ValueKind.List => "an array",
        ValueKind.Map => "an object",
        ValueKind.Null => "null",
        _ => "an unknown value",
    };
}

/// <summary>Thrown inside a function for a wrong argument; the evaluator turns it into an error and an unknown value.</summary>
internal sealed class ArmFunctionException(string message) : Exception(message);
