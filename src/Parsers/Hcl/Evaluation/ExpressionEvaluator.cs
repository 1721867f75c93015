using System.Collections.Immutable;
using System.Text;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>
/// Evaluates HCL expressions to values. Problems (a wrong type, a missing attribute, a failing function)
/// become located warnings and an unknown value, so one bad expression never stops the rest. Unknown
/// operands give unknown results that keep the references they came from.
/// </summary>
public sealed class ExpressionEvaluator
{
    /// <summary>The largest collection a for expression or a function may build, to stay bounded on hostile input.</summary>
    public const int MaxCollectionSize = 100_000;

    private const int MaxDepth = 256;

    private readonly FunctionTable functions;
    private readonly IFunctionEnvironment environment;
    private DiagnosticBag diagnostics;
    private int depth;

    public ExpressionEvaluator(FunctionTable functions, IFunctionEnvironment environment, DiagnosticBag diagnostics)
    {
        this.functions = functions;
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    public DiagnosticBag Diagnostics => diagnostics;

    public IFunctionEnvironment Environment => environment;

    public Value Evaluate(Expression expression, IEvaluationScope scope)
    {
        if (++depth > MaxDepth)
        {
            depth--;
            return Error(DiagnosticCatalog.EvaluationLimit, expression.Range, "expressions nested too deeply");
        }

        try
        {
            return EvaluateCore(expression, scope);
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>Reports a diagnostic and returns the unknown value that stands for the failed expression.</summary>
    public Value Error(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, range, args);
        diagnostics.Add(diagnostic);
        return new UnknownValue("invalid expression: " + diagnostic.Message, range);
    }

    /// <summary>Applies static traversal steps to a value (attribute access and literal indexes).</summary>
    public Value ApplySteps(Value value, IEnumerable<TraversalStep> steps)
    {
        foreach (var step in steps)
        {
            value = step switch
            {
                AttributeStep attribute => GetAttribute(value, attribute.Name, attribute.Range),
                IndexStep index => Index(value, index.Key, index.Range),
                _ => value,
            };
        }

        return value;
    }

    public Value GetAttribute(Value value, string name, SourceRange range)
    {
        switch (value)
        {
            case UnknownValue:
                return value;
            case MapValue map:
                return map.TryGetValue(name, out var found) && (found is not NullValue || map.ComputedFrom is null) ? found
                    : map.ComputedFrom is not null ? map.ComputedAttribute(name).WithRange(range)
                    : Error(DiagnosticCatalog.UnsupportedAttribute, range, name);
            case NullValue:
                return Error(DiagnosticCatalog.UnsupportedAttribute, range, name + "\" (the value is null");
            case ListValue list when int.TryParse(name, out var legacyIndex):
                return Index(list, new NumberValue(legacyIndex, range), range);
            default:
                return Error(DiagnosticCatalog.UnsupportedAttribute, range, name);
        }
    }

    public Value Index(Value collection, Value key, SourceRange range)
    {
        if (collection is UnknownValue || key is UnknownValue)
        {
            return UnknownValue.Combine(range, [collection, key]);
        }

        switch (collection)
        {
            case ListValue { Shape: SequenceShape.Set }:
                return Error(DiagnosticCatalog.InvalidIndex, range, "elements of a set cannot be accessed by index");
            case ListValue list:
                if (!PrimitiveConversion.TryToNumber(key, out var number) || decimal.Truncate(number) != number)
                {
                    return Error(DiagnosticCatalog.InvalidIndex, range, $"a whole number is required to index a list, not {PrimitiveConversion.TypeName(key)}");
                }

                return number >= 0 && number < list.Count
                    ? list.Items[(int)number]
                    : Error(DiagnosticCatalog.InvalidIndex, range, $"index {NumberFormat.Format(number)} is out of range for a list of {list.Count} elements");
            case MapValue map:
                if (!PrimitiveConversion.TryToString(key, out var name))
                {
                    return Error(DiagnosticCatalog.InvalidIndex, range, $"a string is required to index a map, not {PrimitiveConversion.TypeName(key)}");
                }

                return map.TryGetValue(name, out var element)
                    ? element
                    : Error(DiagnosticCatalog.InvalidIndex, range, $"the map has no element \"{name}\"");
            case NullValue:
                return Error(DiagnosticCatalog.InvalidIndex, range, "cannot index a null value");
            default:
                return Error(DiagnosticCatalog.InvalidIndex, range, $"a {PrimitiveConversion.TypeName(collection)} cannot be indexed");
        }
    }

    private Value EvaluateCore(Expression expression, IEvaluationScope scope)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case TemplateExpression template:
                return EvaluateTemplate(template, scope);
            case TemplateWrapExpression wrap:
                // "${x}" yields x itself; an unknown is located at the whole quoted string, as any other template.
                var wrapped = Evaluate(wrap.Wrapped, scope);
                return wrapped is UnknownValue ? wrapped.WithRange(wrap.Range) : wrapped;
            case ParenthesesExpression parentheses:
                return Evaluate(parentheses.Inner, scope);
            case ScopeTraversalExpression traversal:
                return EvaluateTraversal(traversal, scope);
            case RelativeTraversalExpression relative:
                return ApplySteps(Evaluate(relative.Source, scope), relative.Steps);
            case IndexExpression index:
                return Index(Evaluate(index.Collection, scope), Evaluate(index.Key, scope), index.Range);
            case SplatExpression splat:
                return EvaluateSplat(splat, scope);
            case FunctionCallExpression call:
                return EvaluateCall(call, scope);
            case ConditionalExpression conditional:
                return EvaluateConditional(conditional, scope);
            case BinaryExpression binary:
                return EvaluateBinary(binary, scope);
            case UnaryExpression unary:
                return EvaluateUnary(unary, scope);
            case TupleExpression tuple:
                return EvaluateTuple(tuple, scope);
            case ObjectExpression obj:
                return EvaluateObject(obj, scope);
            case ForExpression forExpression:
                return EvaluateFor(forExpression, scope);
            case ErrorExpression error:
                return new UnknownValue("the expression has a syntax error", error.Range);
            default:
                return new UnknownValue($"unsupported expression {expression.GetType().Name}", expression.Range);
        }
    }

    private Value EvaluateTraversal(ScopeTraversalExpression traversal, IEvaluationScope scope)
    {
        if (!scope.TryResolve(traversal, this, out var root, out var consumed))
        {
            return Error(DiagnosticCatalog.UnknownVariable, traversal.Root.Range, traversal.Root.Name);
        }

        var value = consumed >= traversal.Steps.Length ? root : ApplySteps(root, traversal.Steps.Skip(consumed));

        // A value read through a reference (a variable's default, a local, another resource's attribute, each.value)
        // is located at the reference: that is where the configuration uses it, and where a finding belongs. An unknown
        // is located at the whole reference (aws_s3_bucket.phi.arn), not at the step that found it unknown.
        return value is UnknownValue ? value.WithRange(traversal.Range) : ValueRelocation.Into(value, traversal.Range);
    }

    private Value EvaluateTemplate(TemplateExpression template, IEvaluationScope scope)
    {
        if (template.Parts.Length == 1 && template.Parts[0] is LiteralExpression { Value: StringValue single })
        {
            return single.Range == template.Range ? single : new StringValue(single.Value, template.Range);
        }

        var builder = new StringBuilder();
        List<Value>? unknowns = null;
        foreach (var part in template.Parts)
        {
            var value = part switch
            {
                TemplateIfDirective directive => EvaluateIfDirective(directive, scope),
                TemplateForDirective directive => EvaluateForDirective(directive, scope),
                _ => Evaluate(part, scope),
            };
            if (value is UnknownValue)
            {
                (unknowns ??= []).Add(value);
                builder.Append(UnknownValue.Placeholder);
                continue;
            }

            if (value is NullValue)
            {
                return Error(DiagnosticCatalog.InvalidTemplate, part.Range, "a null value cannot be interpolated");
            }

            if (!PrimitiveConversion.TryToString(value, out var text))
            {
                return Error(DiagnosticCatalog.InvalidTemplate, part.Range, $"a {PrimitiveConversion.TypeName(value)} cannot be interpolated; a string is required");
            }

            builder.Append(text);
        }

        if (unknowns is null)
        {
            return new StringValue(builder.ToString(), template.Range);
        }

        // The known text is kept with placeholders where the unknowns are, for readers of what is known.
        var combined = UnknownValue.Combine(template.Range, unknowns);
        return new UnknownValue(combined.Reason, combined.Range, combined.References) { Partial = new StringValue(builder.ToString(), template.Range) };
    }

    private Value EvaluateIfDirective(TemplateIfDirective directive, IEvaluationScope scope)
    {
        var condition = Evaluate(directive.Condition, scope);
        if (condition is UnknownValue)
        {
            return condition;
        }

        if (!PrimitiveConversion.TryToBool(condition, out var flag))
        {
            return Error(DiagnosticCatalog.InvalidTemplate, directive.Condition.Range, "the %{if} condition must be a bool");
        }

        return flag ? Evaluate(directive.Then, scope)
            : directive.Else is { } otherwise ? Evaluate(otherwise, scope)
            : new StringValue(string.Empty, directive.Range);
    }

    private Value EvaluateForDirective(TemplateForDirective directive, IEvaluationScope scope)
    {
        var collection = Evaluate(directive.Collection, scope);
        if (collection is UnknownValue)
        {
            return collection;
        }

        if (!TryIterate(collection, directive.Collection.Range, out var items))
        {
            return new UnknownValue("invalid %{for} collection", directive.Range);
        }

        var builder = new StringBuilder();
        foreach (var (key, value) in items)
        {
            var symbols = new Dictionary<string, Value> { [directive.ValueVariable.Name] = value };
            if (directive.KeyVariable is { } keyVariable)
            {
                symbols[keyVariable.Name] = key;
            }

            var rendered = Evaluate(directive.Body, new VariableScope(symbols, scope));
            if (rendered is UnknownValue)
            {
                return rendered;
            }

            builder.Append(rendered.AsString());
        }

        return new StringValue(builder.ToString(), directive.Range);
    }

    private Value EvaluateSplat(SplatExpression splat, IEvaluationScope scope)
    {
        var source = Evaluate(splat.Source, scope);
        switch (source)
        {
            case UnknownValue:
                return source;
            case NullValue:
                return new ListValue([], splat.Range);
            case ListValue list:
                var results = ImmutableArray.CreateBuilder<Value>(list.Count);
                foreach (var item in list.Items)
                {
                    results.Add(ApplySteps(item, splat.Steps));
                }

                return new ListValue(results.MoveToImmutable(), splat.Range, list.Shape == SequenceShape.Tuple ? SequenceShape.Tuple : SequenceShape.List);
            default:
                // A single value splats into a one-element tuple (the spec's rule for non-sequence operands).
                return new ListValue([ApplySteps(source, splat.Steps)], splat.Range);
        }
    }

    private Value EvaluateCall(FunctionCallExpression call, IEvaluationScope scope)
    {
        var name = call.Name.Name;
        if (name is "try" or "can")
        {
            return name == "try" ? EvaluateTry(call, scope) : EvaluateCan(call, scope);
        }

        if (!functions.TryGet(name, out var function))
        {
            // Provider-defined functions (provider::aws::...) are not known offline: their result is unknown.
            if (name.StartsWith("provider::", StringComparison.Ordinal))
            {
                return new UnknownValue($"{name}() is provided by a provider plugin", call.Range);
            }

            return Error(DiagnosticCatalog.UnknownFunction, call.Name.Range, name);
        }

        var arguments = ImmutableArray.CreateBuilder<Value>(call.Arguments.Length);
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            var value = Evaluate(call.Arguments[i], scope);
            if (call.ExpandFinal && i == call.Arguments.Length - 1)
            {
                switch (value)
                {
                    case ListValue list:
                        arguments.AddRange(list.Items);
                        continue;
                    case UnknownValue:
                        return value;
                    default:
                        return Error(DiagnosticCatalog.FunctionCallFailed, call.Arguments[i].Range, name, "the argument before ... must be a list, set or tuple");
                }
            }

            arguments.Add(value);
        }

        if (function.IsImpure)
        {
            return new UnknownValue($"{name}() is only known when Terraform applies the configuration", call.Range);
        }

        if (arguments.Count < function.MinArguments || (function.MaxArguments >= 0 && arguments.Count > function.MaxArguments))
        {
            var expected = function.MaxArguments < 0 ? $"at least {function.MinArguments} arguments"
                : function.MinArguments == function.MaxArguments ? $"{function.MinArguments} argument{(function.MinArguments == 1 ? string.Empty : "s")}"
                : $"{function.MinArguments} to {function.MaxArguments} arguments";
            return Error(DiagnosticCatalog.WrongArgumentCount, call.Range, name, expected, arguments.Count);
        }

        if (!function.AcceptsUnknown && arguments.Any(a => a is UnknownValue))
        {
            return UnknownValue.Combine(call.Range, arguments);
        }

        try
        {
            return function.Body(new FunctionInvocation(name, arguments.ToImmutable(), call.Range, environment));
        }
        catch (FunctionException exception)
        {
            return Error(DiagnosticCatalog.FunctionCallFailed, call.Range, name, exception.Message);
        }
        catch (Exception exception) when (exception is ArgumentException or OverflowException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A function body that trips over an input it did not anticipate is still the user's input problem.
            return Error(DiagnosticCatalog.FunctionCallFailed, call.Range, name, exception.Message);
        }
    }

    /// <summary>try(): the first argument that evaluates without an error.</summary>
    private Value EvaluateTry(FunctionCallExpression call, IEvaluationScope scope)
    {
        if (call.Arguments.IsEmpty)
        {
            return Error(DiagnosticCatalog.WrongArgumentCount, call.Range, "try", "at least 1 argument", 0);
        }

        List<Diagnostic>? last = null;
        foreach (var argument in call.Arguments)
        {
            var (value, errors) = EvaluateIsolated(argument, scope);
            if (errors.Count == 0)
            {
                return value;
            }

            last = errors;
        }

        diagnostics.AddRange(last!);
        return new UnknownValue("no argument of try() could be evaluated", call.Range);
    }

    /// <summary>can(): whether the argument evaluates without an error.</summary>
    private Value EvaluateCan(FunctionCallExpression call, IEvaluationScope scope)
    {
        if (call.Arguments.Length != 1)
        {
            return Error(DiagnosticCatalog.WrongArgumentCount, call.Range, "can", "1 argument", call.Arguments.Length);
        }

        var (value, errors) = EvaluateIsolated(call.Arguments[0], scope);
        if (errors.Count > 0)
        {
            return new BoolValue(false, call.Range);
        }

        return value is UnknownValue ? value : new BoolValue(true, call.Range);
    }

    private (Value Value, List<Diagnostic> Errors) EvaluateIsolated(Expression expression, IEvaluationScope scope)
    {
        var saved = diagnostics;
        diagnostics = new DiagnosticBag();
        try
        {
            var value = Evaluate(expression, scope);
            return (value, diagnostics.Items.ToList());
        }
        finally
        {
            diagnostics = saved;
        }
    }

    private Value EvaluateConditional(ConditionalExpression conditional, IEvaluationScope scope)
    {
        var condition = Evaluate(conditional.Condition, scope);
        if (condition is UnknownValue)
        {
            // Both branches equal means the answer does not depend on the condition. A branch that fails here may
            // be one Terraform would never take, so its errors are not reported.
            var whenTrue = EvaluateIsolated(conditional.TrueResult, scope).Value;
            var whenFalse = EvaluateIsolated(conditional.FalseResult, scope).Value;
            return whenTrue.IsKnown && ValueEquality.Instance.Equals(whenTrue, whenFalse)
                ? whenTrue
                : UnknownValue.Combine(conditional.Range, [condition, whenTrue, whenFalse]);
        }

        if (!PrimitiveConversion.TryToBool(condition, out var flag))
        {
            return Error(DiagnosticCatalog.OperandTypeMismatch, conditional.Condition.Range, $"the condition must be a bool, not {PrimitiveConversion.TypeName(condition)}");
        }

        return Evaluate(flag ? conditional.TrueResult : conditional.FalseResult, scope);
    }

    private Value EvaluateBinary(BinaryExpression binary, IEvaluationScope scope)
    {
        var left = Evaluate(binary.Left, scope);

        // Logical operators short-circuit on a known deciding left operand, as HCL does.
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or && PrimitiveConversion.TryToBool(left, out var leftFlag)
            && leftFlag == (binary.Operator == BinaryOperator.Or))
        {
            return new BoolValue(leftFlag, binary.Range);
        }

        var right = Evaluate(binary.Right, scope);
        if (left is UnknownValue || right is UnknownValue)
        {
            if (binary.Operator is BinaryOperator.And or BinaryOperator.Or && PrimitiveConversion.TryToBool(right, out var rightFlag)
                && rightFlag == (binary.Operator == BinaryOperator.Or))
            {
                return new BoolValue(rightFlag, binary.Range);
            }

            return UnknownValue.Combine(binary.Range, [left, right]);
        }

        if (binary.Operator is not (BinaryOperator.Equal or BinaryOperator.NotEqual) && (left is NullValue || right is NullValue))
        {
            return Error(DiagnosticCatalog.OperandTypeMismatch, (left is NullValue ? binary.Left : binary.Right).Range, "a null value cannot be an operand here");
        }

        var result = Operators.Binary(binary.Operator, left, right, binary.Range, out var error);
        return result ?? Error(DiagnosticCatalog.OperandTypeMismatch, binary.Range, error);
    }

    private Value EvaluateUnary(UnaryExpression unary, IEvaluationScope scope)
    {
        var operand = Evaluate(unary.Operand, scope);
        if (operand is UnknownValue)
        {
            return operand.WithRange(unary.Range);
        }

        var result = Operators.Unary(unary.Operator, operand, unary.Range, out var error);
        return result ?? Error(DiagnosticCatalog.OperandTypeMismatch, unary.Range, error);
    }

    private ListValue EvaluateTuple(TupleExpression tuple, IEvaluationScope scope)
    {
        var items = ImmutableArray.CreateBuilder<Value>(tuple.Elements.Length);
        foreach (var element in tuple.Elements)
        {
            items.Add(Evaluate(element, scope));
        }

        return new ListValue(items.MoveToImmutable(), tuple.Range);
    }

    private Value EvaluateObject(ObjectExpression obj, IEvaluationScope scope)
    {
        var entries = new List<KeyValuePair<string, Value>>(obj.Items.Length);
        foreach (var item in obj.Items)
        {
            var key = Evaluate(item.Key, scope);
            if (key is UnknownValue)
            {
                return UnknownValue.Combine(obj.Range, [key]);
            }

            if (!PrimitiveConversion.TryToString(key, out var name))
            {
                return Error(DiagnosticCatalog.OperandTypeMismatch, item.Key.Range, $"an object key must be a string, not {PrimitiveConversion.TypeName(key)}");
            }

            entries.Add(new(name, Evaluate(item.Value, scope)));
        }

        return new MapValue(entries, obj.Range);
    }

    private Value EvaluateFor(ForExpression forExpression, IEvaluationScope scope)
    {
        var collection = Evaluate(forExpression.Collection, scope);
        if (collection is UnknownValue)
        {
            return UnknownValue.Combine(forExpression.Range, [collection]);
        }

        if (!TryIterate(collection, forExpression.Collection.Range, out var items))
        {
            return new UnknownValue("invalid for expression collection", forExpression.Range);
        }

        var tupleItems = ImmutableArray.CreateBuilder<Value>();
        var objectItems = new List<KeyValuePair<string, Value>>();
        var groups = new Dictionary<string, List<Value>>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        foreach (var (key, value) in items)
        {
            var symbols = new Dictionary<string, Value> { [forExpression.ValueVariable.Name] = value };
            if (forExpression.KeyVariable is { } keyVariable)
            {
                symbols[keyVariable.Name] = key;
            }

            var inner = new VariableScope(symbols, scope);
            if (forExpression.Condition is { } conditionExpression)
            {
                var condition = Evaluate(conditionExpression, inner);
                if (condition is UnknownValue)
                {
                    return UnknownValue.Combine(forExpression.Range, [condition]);
                }

                if (!PrimitiveConversion.TryToBool(condition, out var keep))
                {
                    return Error(DiagnosticCatalog.InvalidForExpression, conditionExpression.Range, "the if clause must be a bool");
                }

                if (!keep)
                {
                    continue;
                }
            }

            var result = Evaluate(forExpression.ValueResult, inner);
            if (forExpression.KeyResult is null)
            {
                tupleItems.Add(result);
                continue;
            }

            var keyValue = Evaluate(forExpression.KeyResult, inner);
            if (keyValue is UnknownValue)
            {
                return UnknownValue.Combine(forExpression.Range, [keyValue]);
            }

            if (!PrimitiveConversion.TryToString(keyValue, out var name))
            {
                return Error(DiagnosticCatalog.InvalidForExpression, forExpression.KeyResult.Range, $"an object key must be a string, not {PrimitiveConversion.TypeName(keyValue)}");
            }

            if (forExpression.Grouping)
            {
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                    groupOrder.Add(name);
                }

                group.Add(result);
            }
            else
            {
                if (objectItems.Exists(e => e.Key == name))
                {
                    return Error(DiagnosticCatalog.InvalidForExpression, forExpression.KeyResult.Range, $"duplicate key \"{name}\"; add ... after the value to group the values by key");
                }

                objectItems.Add(new(name, result));
            }

            if (tupleItems.Count + objectItems.Count + groups.Count > MaxCollectionSize)
            {
                return Error(DiagnosticCatalog.EvaluationLimit, forExpression.Range, $"the for expression builds more than {MaxCollectionSize} elements");
            }
        }

        if (forExpression.KeyResult is null)
        {
            return new ListValue(tupleItems.ToImmutable(), forExpression.Range);
        }

        if (forExpression.Grouping)
        {
            return new MapValue(groupOrder.Select(k => new KeyValuePair<string, Value>(k, new ListValue([.. groups[k]], forExpression.Range))), forExpression.Range);
        }

        return new MapValue(objectItems, forExpression.Range);
    }

    /// <summary>The (key, value) pairs a for expression iterates: index and element, map key and value, or element twice for sets.</summary>
    private bool TryIterate(Value collection, SourceRange range, out List<(Value Key, Value Value)> items)
    {
        items = [];
        switch (collection)
        {
            case ListValue list:
                for (var i = 0; i < list.Count; i++)
                {
                    items.Add((list.Shape == SequenceShape.Set ? list.Items[i] : new NumberValue(i, list.Items[i].Range), list.Items[i]));
                }

                return true;
            case MapValue map:
                foreach (var (key, value) in map.Entries)
                {
                    items.Add((new StringValue(key, value.Range), value));
                }

                return true;
            default:
                Error(DiagnosticCatalog.InvalidForExpression, range, $"a {PrimitiveConversion.TypeName(collection)} cannot be iterated; a list, set, tuple, map or object is required");
                return false;
        }
    }
}
