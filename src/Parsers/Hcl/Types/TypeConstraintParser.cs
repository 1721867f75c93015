using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Types;

/// <summary>Reads a type constraint expression; an unreadable one becomes <c>any</c> with a warning.</summary>
public static class TypeConstraintParser
{
    public static TypeConstraint Parse(Expression expression, ExpressionEvaluator evaluator)
    {
        var result = ParseCore(expression, evaluator, allowOptional: false);
        if (result is null)
        {
            evaluator.Error(DiagnosticCatalog.InvalidTypeConstraint, expression.Range, "expected a type such as string, list(string) or object({...})");
            return TypeConstraint.Any;
        }

        return result;
    }

    private static TypeConstraint? ParseCore(Expression expression, ExpressionEvaluator evaluator, bool allowOptional)
    {
        switch (expression)
        {
            case ParenthesesExpression parentheses:
                return ParseCore(parentheses.Inner, evaluator, allowOptional);
            case TemplateWrapExpression wrap:
                return ParseCore(wrap.Wrapped, evaluator, allowOptional);
            case TemplateExpression { Parts: [LiteralExpression { Value: StringValue quoted }] }:
                // Terraform 0.11 style quoted types: "string", "list", "map".
                return quoted.Value switch
                {
                    "string" => TypeConstraint.String,
                    "list" => new CollectionType(CollectionKind.List, TypeConstraint.Any),
                    "map" => new CollectionType(CollectionKind.Map, TypeConstraint.Any),
                    _ => null,
                };
            case ScopeTraversalExpression { Steps.IsEmpty: true } keyword:
                return keyword.Root.Name switch
                {
                    "any" => TypeConstraint.Any,
                    "string" => TypeConstraint.String,
                    "number" => TypeConstraint.Number,
                    "bool" => TypeConstraint.Bool,
                    "list" => new CollectionType(CollectionKind.List, TypeConstraint.Any),
                    "map" => new CollectionType(CollectionKind.Map, TypeConstraint.Any),
                    "set" => new CollectionType(CollectionKind.Set, TypeConstraint.Any),
                    _ => null,
                };
            case FunctionCallExpression call:
                return ParseCall(call, evaluator, allowOptional);
            default:
                return null;
        }
    }

    private static TypeConstraint? ParseCall(FunctionCallExpression call, ExpressionEvaluator evaluator, bool allowOptional)
    {
        var name = call.Name.Name;
        switch (name)
        {
            case "list" or "set" or "map" when call.Arguments.Length == 1:
                var element = ParseCore(call.Arguments[0], evaluator, allowOptional: false);
                var kind = name == "list" ? CollectionKind.List : name == "set" ? CollectionKind.Set : CollectionKind.Map;
                return element is null ? null : new CollectionType(kind, element);
            case "tuple" when call.Arguments is [TupleExpression elements]:
                var types = ImmutableArray.CreateBuilder<TypeConstraint>();
                foreach (var item in elements.Elements)
                {
                    var type = ParseCore(item, evaluator, allowOptional: false);
                    if (type is null)
                    {
                        return null;
                    }

                    types.Add(type);
                }

                return new TupleType(types.ToImmutable());
            case "object" when call.Arguments is [ObjectExpression attributes]:
                var builder = ImmutableDictionary.CreateBuilder<string, ObjectAttributeType>(StringComparer.Ordinal);
                foreach (var item in attributes.Items)
                {
                    var key = evaluator.Evaluate(item.Key, VariableScope.Empty).AsString();
                    if (key is null)
                    {
                        return null;
                    }

                    if (item.Value is FunctionCallExpression { Name.Name: "optional" } optional && optional.Arguments.Length is 1 or 2)
                    {
                        var inner = ParseCore(optional.Arguments[0], evaluator, allowOptional: true);
                        if (inner is null)
                        {
                            return null;
                        }

                        var defaultValue = optional.Arguments.Length == 2 ? evaluator.Evaluate(optional.Arguments[1], VariableScope.Empty) : null;
                        builder[key] = new ObjectAttributeType(inner, true, defaultValue);
                        continue;
                    }

                    var attributeType = ParseCore(item.Value, evaluator, allowOptional: true);
                    if (attributeType is null)
                    {
                        return null;
                    }

                    builder[key] = new ObjectAttributeType(attributeType, false, null);
                }

                return new ObjectType(builder.ToImmutable());
            default:
                return null;
        }
    }
}
