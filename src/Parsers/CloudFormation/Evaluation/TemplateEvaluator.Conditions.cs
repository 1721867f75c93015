using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>
/// Conditions, in three-valued logic: true, false, or null for unknown (a parameter without value, a pseudo parameter
/// the options do not give). Each named condition is evaluated once; one that depends on itself is reported and unknown.
/// </summary>
public sealed partial class TemplateEvaluator
{
    private readonly Dictionary<string, bool?> conditionResults = new(StringComparer.Ordinal);
    private readonly List<string> conditionsInProgress = [];

    /// <summary>The value of the named condition; null when unknown or not defined.</summary>
    public bool? EvaluateCondition(string name) => EvaluateNamedCondition(name, null);

    /// <summary>A condition named where one is expected (a resource's <c>Condition</c>, <c>Fn::If</c>'s first argument).</summary>
    private bool? EvaluateConditionReference(TemplateNode node) =>
        node is TemplateScalar { Kind: TemplateScalarKind.String } name
            ? EvaluateNamedCondition(name.Text, name)
            : null;

    private bool? EvaluateNamedCondition(string name, TemplateNode? reference)
    {
        if (conditionResults.TryGetValue(name, out var known))
        {
            return known;
        }

        if (template["Conditions"] is not TemplateMapping conditions || !conditions.TryGetEntry(name, out var definition))
        {
            if (reference is not null)
            {
                diagnostics.Add(DiagnosticCatalog.CfnUndefinedCondition, reference.Range, name);
            }

            return null;
        }

        var cycleStart = conditionsInProgress.IndexOf(name);
        if (cycleStart >= 0)
        {
            var cycle = string.Join(" -> ", conditionsInProgress.Skip(cycleStart).Append(name));
            diagnostics.Add(DiagnosticCatalog.CfnConditionCycle, definition.KeyRange, name, cycle);
            foreach (var member in conditionsInProgress.Skip(cycleStart))
            {
                conditionResults[member] = null;
            }

            return null;
        }

        conditionsInProgress.Add(name);
        var result = EvaluateConditionExpression(definition.Value);
        conditionsInProgress.RemoveAt(conditionsInProgress.Count - 1);

        // A member of a cycle keeps the unknown result recorded when the cycle was found.
        if (!conditionResults.ContainsKey(name))
        {
            conditionResults[name] = result;
        }

        return conditionResults[name];
    }

    private bool? EvaluateConditionExpression(TemplateNode node)
    {
        if (node is TemplateScalar { Kind: TemplateScalarKind.Bool } flag)
        {
            return YamlScalarResolution.IsTrue(flag.Text);
        }

        if (node is not TemplateMapping { SingleEntry: { } call })
        {
            InvalidArguments("a condition", "Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition", node.Range);
            return null;
        }

        switch (call.Key)
        {
            case "Condition":
                return EvaluateConditionReference(call.Value);
            case "Fn::Equals" when call.Value is TemplateSequence { Items: [var left, var right] }:
                return AreEqual(Evaluate(left), Evaluate(right));
            case "Fn::Not" when call.Value is TemplateSequence { Items: [var operand] }:
                return !EvaluateConditionExpression(operand);
            case "Fn::And" when call.Value is TemplateSequence { Items.Length: > 0 } operands:
                // Evaluate every operand (not short-circuiting), so that each undefined name or cycle is reported.
                var all = operands.Items.Select(EvaluateConditionExpression).ToList();
                return all.Any(v => v == false) ? false : all.All(v => v == true) ? true : null;
            case "Fn::Or" when call.Value is TemplateSequence { Items.Length: > 0 } operands:
                var any = operands.Items.Select(EvaluateConditionExpression).ToList();
                return any.Any(v => v == true) ? true : any.All(v => v == false) ? false : null;
            case "Fn::If" or "Ref" or "Fn::FindInMap" or "Fn::Select" or "Fn::Join" or "Fn::Sub":
                return Evaluate(node).AsBool();
            default:
                InvalidArguments(call.Key, "the arguments of a condition function", node.Range);
                return null;
        }
    }

    /// <summary>CloudFormation compares as strings: <c>Fn::Equals [1, "1"]</c> is true. Unknown on either side is unknown.</summary>
    private static bool? AreEqual(Value left, Value right)
    {
        if (left is UnknownValue || right is UnknownValue)
        {
            return null;
        }

        if (left.AsString() is { } a && right.AsString() is { } b)
        {
            return a == b;
        }

        return ValueDisplay.Format(left) == ValueDisplay.Format(right);
    }
}
