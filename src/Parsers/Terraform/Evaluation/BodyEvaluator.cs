using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// Evaluates a block body into an object as Terraform state shows it: attributes by name, nested blocks as a
/// list of objects under their type, <c>dynamic</c> blocks expanded. Meta-arguments are left out.
/// </summary>
public static class BodyEvaluator
{
    /// <summary>Meta-arguments of resource, data and module blocks: they steer Terraform and are not attributes.</summary>
    private static readonly HashSet<string> ResourceMetaAttributes = new(StringComparer.Ordinal) { "count", "for_each", "provider", "depends_on" };

    private static readonly HashSet<string> ResourceMetaBlocks = new(StringComparer.Ordinal) { "lifecycle", "provisioner", "connection", "precondition", "postcondition" };

    public static MapValue EvaluateResourceBody(Body body, ExpressionEvaluator evaluator, IEvaluationScope scope) =>
        Evaluate(body, evaluator, scope, ResourceMetaAttributes, ResourceMetaBlocks);

    public static MapValue EvaluateNestedBody(Body body, ExpressionEvaluator evaluator, IEvaluationScope scope) =>
        Evaluate(body, evaluator, scope, null, null);

    private static MapValue Evaluate(Body body, ExpressionEvaluator evaluator, IEvaluationScope scope, HashSet<string>? skipAttributes, HashSet<string>? skipBlocks)
    {
        var entries = new List<KeyValuePair<string, Value>>();
        var blocks = new Dictionary<string, (List<Value> Items, SourceRange Range)>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case Hcl.Syntax.Attribute attribute when skipAttributes is null || !skipAttributes.Contains(attribute.Name.Name):
                    var value = evaluator.Evaluate(attribute.Expression, scope);
                    entries.Add(new(attribute.Name.Name, ValueRelocation.Into(value, attribute.Expression.Range)));
                    break;
                case Block { Type.Name: "dynamic" } dynamic when dynamic.Labels.Length == 1:
                    foreach (var generated in ExpandDynamic(dynamic, evaluator, scope))
                    {
                        AddBlock(blocks, dynamic.Labels[0].Value, generated, dynamic.Range);
                    }

                    break;
                case Block block when skipBlocks is null || !skipBlocks.Contains(block.Type.Name):
                    var nested = Evaluate(block.Body, evaluator, scope, null, null).WithRange(block.Range);
                    AddBlock(blocks, block.Type.Name, nested, block.Range);
                    break;
            }
        }

        foreach (var (type, (items, range)) in blocks)
        {
            // An attribute of the same name (JSON syntax, or attribute-as-block) wins over nothing: keep both by appending.
            entries.Add(new(type, new ListValue([.. items], range, SequenceShape.List)));
        }

        return new MapValue(entries, body.Range);
    }

    private static void AddBlock(Dictionary<string, (List<Value> Items, SourceRange Range)> blocks, string type, Value block, SourceRange range)
    {
        if (!blocks.TryGetValue(type, out var group))
        {
            blocks[type] = group = ([], range);
        }

        group.Items.Add(block);
    }

    /// <summary>
    /// <c>dynamic "name" { for_each = ..., iterator = it, content { ... } }</c>: one block per element, with the
    /// iterator symbol (<c>name</c> unless renamed) holding <c>key</c> and <c>value</c>. An unknown collection
    /// yields one block whose iterator is unknown, so the block is still seen but nothing in it can fail.
    /// </summary>
    private static IEnumerable<Value> ExpandDynamic(Block dynamic, ExpressionEvaluator evaluator, IEvaluationScope scope)
    {
        var content = dynamic.Body.BlocksOfType("content").FirstOrDefault();
        var forEachAttribute = dynamic.Body.FindAttribute("for_each");
        if (content is null || forEachAttribute is null)
        {
            evaluator.Error(DiagnosticCatalog.InvalidForEach, dynamic.HeaderRange, "a dynamic block needs for_each and a content block");
            yield break;
        }

        var iteratorName = dynamic.Labels[0].Value;
        if (dynamic.Body.FindAttribute("iterator")?.Expression is ScopeTraversalExpression { Steps.IsEmpty: true } iterator)
        {
            iteratorName = iterator.Root.Name;
        }

        var collection = evaluator.Evaluate(forEachAttribute.Expression, scope);
        IEnumerable<(Value Key, Value Value)> items;
        switch (collection)
        {
            case UnknownValue unknown:
                // One placeholder block stands for however many the collection gives, possibly none: it is marked with an
                // unknown origin (Value.MayNotExist), so that a policy on the block's mere presence reports unknown.
                var symbol = new MapValue([new("key", unknown), new("value", unknown)], forEachAttribute.Range);
                var placeholder = (MapValue)EvaluateContent(content, evaluator, new VariableScope(new Dictionary<string, Value> { [iteratorName] = symbol }, scope));
                yield return new MapValue(placeholder.Entries, placeholder.Range, placeholder.Shape, ValueOrigin.Unknown);
                yield break;
            case ListValue list:
                items = list.Items.Select((v, i) => (list.Shape == SequenceShape.Set ? v : (Value)new NumberValue(i, v.Range), v));
                break;
            case MapValue map:
                items = map.Entries.Select(e => ((Value)new StringValue(e.Key, e.Value.Range), e.Value));
                break;
            case NullValue:
                yield break;
            default:
                evaluator.Error(DiagnosticCatalog.InvalidForEach, forEachAttribute.Expression.Range, $"a dynamic block needs a collection, not {PrimitiveConversion.TypeName(collection)}");
                yield break;
        }

        foreach (var (key, value) in items)
        {
            var symbol = new MapValue([new("key", key), new("value", value)], forEachAttribute.Range);
            yield return EvaluateContent(content, evaluator, new VariableScope(new Dictionary<string, Value> { [iteratorName] = symbol }, scope));
        }
    }

    private static Value EvaluateContent(Block content, ExpressionEvaluator evaluator, IEvaluationScope scope) =>
        Evaluate(content.Body, evaluator, scope, null, null).WithRange(content.Range);
}
