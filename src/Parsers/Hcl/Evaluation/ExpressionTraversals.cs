using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>Finds every variable reference inside an expression, for reference edges and dependency analysis.</summary>
public static class ExpressionTraversals
{
    public static IEnumerable<ScopeTraversalExpression> Of(Expression expression)
    {
        var stack = new Stack<Expression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case ScopeTraversalExpression traversal:
                    yield return traversal;
                    break;
                case TemplateExpression template:
                    PushAll(stack, template.Parts);
                    break;
                case TemplateWrapExpression wrap:
                    stack.Push(wrap.Wrapped);
                    break;
                case TemplateIfDirective directive:
                    stack.Push(directive.Condition);
                    stack.Push(directive.Then);
                    if (directive.Else is not null)
                    {
                        stack.Push(directive.Else);
                    }

                    break;
                case TemplateForDirective directive:
                    stack.Push(directive.Collection);
                    stack.Push(directive.Body);
                    break;
                case RelativeTraversalExpression relative:
                    stack.Push(relative.Source);
                    break;
                case IndexExpression index:
                    stack.Push(index.Collection);
                    stack.Push(index.Key);
                    break;
                case SplatExpression splat:
                    stack.Push(splat.Source);
                    break;
                case FunctionCallExpression call:
                    PushAll(stack, call.Arguments);
                    break;
                case ConditionalExpression conditional:
                    stack.Push(conditional.Condition);
                    stack.Push(conditional.TrueResult);
                    stack.Push(conditional.FalseResult);
                    break;
                case BinaryExpression binary:
                    stack.Push(binary.Left);
                    stack.Push(binary.Right);
                    break;
                case UnaryExpression unary:
                    stack.Push(unary.Operand);
                    break;
                case TupleExpression tuple:
                    PushAll(stack, tuple.Elements);
                    break;
                case ObjectExpression obj:
                    foreach (var item in obj.Items)
                    {
                        stack.Push(item.Key);
                        stack.Push(item.Value);
                    }

                    break;
                case ForExpression forExpression:
                    stack.Push(forExpression.Collection);
                    if (forExpression.KeyResult is not null)
                    {
                        stack.Push(forExpression.KeyResult);
                    }

                    stack.Push(forExpression.ValueResult);
                    if (forExpression.Condition is not null)
                    {
                        stack.Push(forExpression.Condition);
                    }

                    break;
                case ParenthesesExpression parentheses:
                    stack.Push(parentheses.Inner);
                    break;
            }
        }
    }

    private static void PushAll(Stack<Expression> stack, IEnumerable<Expression> expressions)
    {
        foreach (var expression in expressions.Reverse())
        {
            stack.Push(expression);
        }
    }
}
