using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>
/// A plain table of names (for-expression symbols, template variables, test inputs), chained to a parent
/// scope so that inner names shadow outer ones.
/// </summary>
public sealed class VariableScope(IReadOnlyDictionary<string, Value> variables, IEvaluationScope? parent = null) : IEvaluationScope
{
    public static VariableScope Empty { get; } = new(new Dictionary<string, Value>());

    public bool TryResolve(ScopeTraversalExpression traversal, ExpressionEvaluator evaluator, out Value value, out int consumedSteps)
    {
        if (variables.TryGetValue(traversal.Root.Name, out var found))
        {
            value = found;
            consumedSteps = 0;
            return true;
        }

        if (parent is not null)
        {
            return parent.TryResolve(traversal, evaluator, out value, out consumedSteps);
        }

        value = NullValue.Instance;
        consumedSteps = 0;
        return false;
    }
}
