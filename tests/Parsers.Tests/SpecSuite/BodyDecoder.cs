using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using TypeConversion = PolicyScan.Parsers.Hcl.Types.TypeConversion;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Text;
using HclAttribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Decodes a parsed body against a spec the way Go's <c>hcldec.Decode</c> does: each body is first checked against
/// the spec's <see cref="ImpliedSchema"/> (unexpected attributes and blocks, missing required attributes, wrong label
/// counts), then each spec produces its value, and decoding goes on after an error so that all of them are reported.
/// Diagnostics are located where Go's hcl locates them, since the suite compares ranges: an unexpected attribute at
/// its name, an unexpected block at its type, a missing item at the start of the body, a bad value at its expression.
/// </summary>
internal sealed class BodyDecoder
{
    private readonly IEvaluationScope scope;
    private readonly List<ReportedDiagnostic> diagnostics = [];
    private readonly List<ScopeTraversalExpression> traversals = [];

    private BodyDecoder(IReadOnlyDictionary<string, Value> variables)
    {
        scope = new VariableScope(variables);
    }

    public static DecodeOutcome Decode(Body body, DecodeSpecFile spec)
    {
        var decoder = new BodyDecoder(spec.Variables);
        var value = decoder.DecodeBody(body, spec.Root);
        return new DecodeOutcome(value, [.. decoder.diagnostics], [.. decoder.traversals]);
    }

    private Value DecodeBody(Body body, DecodeSpec spec) => DecodeContent(Content(body, ImpliedSchema.Of(spec)), spec);

    /// <summary>Go's <c>Body.Content(schema)</c>: the expected items of the body, with an error for each unexpected one.</summary>
    private BodyContent Content(Body body, ImpliedSchema schema)
    {
        var attributes = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        var blocks = new List<Block>();
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case HclAttribute attribute when schema.Attributes.ContainsKey(attribute.Name.Name):
                    attributes.TryAdd(attribute.Name.Name, attribute);
                    break;
                case HclAttribute attribute:
                    var blockHint = schema.Blocks.ContainsKey(attribute.Name.Name) ? $" Did you mean to define a block of type \"{attribute.Name.Name}\"?" : string.Empty;
                    Error($"Unsupported argument: an argument named \"{attribute.Name.Name}\" is not expected here.{blockHint}", attribute.Name.Range);
                    break;
                case Block block when schema.Blocks.TryGetValue(block.Type.Name, out var expected):
                    if (block.Labels.Length > expected.LabelCount)
                    {
                        Error($"Extraneous label for {block.Type.Name}: {expected.LabelCount} label(s) expected.", block.Labels[expected.LabelCount].Range);
                    }
                    else if (block.Labels.Length < expected.LabelCount)
                    {
                        Error($"Missing label for {block.Type.Name}: {expected.LabelCount} label(s) expected.", OpeningBrace(block.Body));
                    }
                    else
                    {
                        blocks.Add(block);
                    }

                    break;
                case Block block:
                    var attributeHint = schema.Attributes.ContainsKey(block.Type.Name) ? $" Did you mean to define argument \"{block.Type.Name}\"?" : string.Empty;
                    Error($"Unsupported block type: blocks of type \"{block.Type.Name}\" are not expected here.{attributeHint}", block.Type.Range);
                    break;
            }
        }

        var missingItemRange = body.Range.StartPoint;
        foreach (var (name, required) in schema.Attributes)
        {
            if (required && !attributes.ContainsKey(name))
            {
                Error($"Missing required argument: the argument \"{name}\" is required, but no definition was found.", missingItemRange);
            }
        }

        return new BodyContent(attributes, blocks, missingItemRange);
    }

    private Value DecodeContent(BodyContent content, DecodeSpec spec)
    {
        switch (spec)
        {
            case ObjectSpec obj:
                return new MapValue(obj.Properties.Select(p => new KeyValuePair<string, Value>(p.Key, DecodeContent(content, p.Value))), SourceRange.None, MappingShape.Object);
            case ArraySpec array:
                return new ListValue([.. array.Elements.Select(e => DecodeContent(content, e))], SourceRange.None, SequenceShape.Tuple);
            case AttributeSpec attribute:
                return content.Attributes.TryGetValue(attribute.Name, out var found)
                    ? DecodeAttribute(found, attribute.Name, attribute.Type)
                    : new NullValue(SourceRange.None);
            case BlockSpec block:
                return OnlyBlock(content, block.BlockType, block.Required) is { } single ? DecodeBody(single.Body, block.Nested) : new NullValue(SourceRange.None);
            case BlockListSpec list:
                return DecodeBlockList(content, list);
            case BlockMapSpec map:
                return DecodeBlockMap(content, map);
            case BlockAttributesSpec attributes:
                return OnlyBlock(content, attributes.BlockType, attributes.Required) is { } attributesBlock
                    ? DecodeBlockAttributes(attributesBlock, attributes.ElementType)
                    : new NullValue(SourceRange.None);
            case LiteralSpec literal:
                return literal.Value;
            case DefaultSpec defaulted:
                var primary = DecodeContent(content, defaulted.Primary);
                return primary is NullValue ? DecodeContent(content, defaulted.Fallback) : primary;
            case TransformSpec transform:
                var nested = DecodeContent(content, transform.Wrapped);
                return Evaluate(transform.Result, new VariableScope(new Dictionary<string, Value> { ["nested"] = nested }));
            default:
                throw new SpecSuiteFormatException($"no decoding for {spec.GetType().Name}");
        }
    }

    /// <summary>An attribute's value converted to the spec's type; a conversion failure is located at the expression.</summary>
    private Value DecodeAttribute(HclAttribute attribute, string name, TypeConstraint type)
    {
        traversals.AddRange(ExpressionTraversals.Of(attribute.Expression));
        var value = Evaluate(attribute.Expression, scope);
        if (TypeConversion.TryConvert(value, type, out var converted, out var error))
        {
            return converted;
        }

        Error($"Incorrect attribute value type: inappropriate value for attribute \"{name}\": {error}.", attribute.Expression.Range);
        return new UnknownValue(error, attribute.Expression.Range);
    }

    /// <summary>The block of <c>block</c> and <c>block_attrs</c>: at most one, and exactly one when required.</summary>
    private Block? OnlyBlock(BodyContent content, string blockType, bool required)
    {
        Block? only = null;
        foreach (var candidate in content.Blocks.Where(b => b.Type.Name == blockType))
        {
            if (only is not null)
            {
                Error($"Duplicate {blockType} block: only one {blockType} block is allowed; another was defined at {only.Range}.", candidate.HeaderRange);
                break;
            }

            only = candidate;
        }

        if (only is null && required)
        {
            Error($"Missing {blockType} block: a block of type \"{blockType}\" is required here.", content.MissingItemRange);
        }

        return only;
    }

    private Value DecodeBlockList(BodyContent content, BlockListSpec list)
    {
        var items = new List<Value>();
        var blocks = new List<Block>();
        foreach (var block in content.Blocks.Where(b => b.Type.Name == list.BlockType))
        {
            var item = DecodeBody(block.Body, list.Nested);

            // hcldec leaves null results out of the list, since a collection cannot hold them.
            if (item is NullValue)
            {
                continue;
            }

            if (list.IsSet && items.Any(existing => ValueEquality.Instance.Equals(existing, item)))
            {
                continue;
            }

            items.Add(item);
            blocks.Add(block);
        }

        if (items.Count < list.MinItems)
        {
            Error($"Insufficient {list.BlockType} blocks: at least {list.MinItems} \"{list.BlockType}\" blocks are required.", content.MissingItemRange);
        }

        if (list.MaxItems > 0 && items.Count > list.MaxItems)
        {
            Error($"Too many {list.BlockType} blocks: no more than {list.MaxItems} \"{list.BlockType}\" blocks are allowed.", blocks[list.MaxItems].HeaderRange);
        }

        return new ListValue([.. items], SourceRange.None, list.IsSet ? SequenceShape.Set : SequenceShape.List);
    }

    /// <summary>One level of map per label name, the last level holding the blocks' decoded bodies.</summary>
    private Value DecodeBlockMap(BodyContent content, BlockMapSpec map)
    {
        var root = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var block in content.Blocks.Where(b => b.Type.Name == map.BlockType))
        {
            var level = root;
            foreach (var label in block.Labels.Take(block.Labels.Length - 1))
            {
                if (!level.TryGetValue(label.Value, out var next))
                {
                    next = new SortedDictionary<string, object>(StringComparer.Ordinal);
                    level[label.Value] = next;
                }

                level = (SortedDictionary<string, object>)next;
            }

            var key = block.Labels[^1].Value;
            if (level.ContainsKey(key))
            {
                var labels = string.Join(", ", block.Labels.Select(l => $"\"{l.Value}\""));
                Error($"Duplicate {map.BlockType} block: a block for {map.BlockType} {labels} was already defined; the labels must be unique.", block.HeaderRange);
                continue;
            }

            level[key] = DecodeBody(block.Body, map.Nested);
        }

        return ToMap(root);

        static MapValue ToMap(SortedDictionary<string, object> level) => new(
            level.Select(e => new KeyValuePair<string, Value>(e.Key, e.Value as Value ?? ToMap((SortedDictionary<string, object>)e.Value))),
            SourceRange.None,
            MappingShape.Map);
    }

    /// <summary>Go's <c>Body.JustAttributes</c>: every attribute, converted to the element type; a nested block is an error.</summary>
    private Value DecodeBlockAttributes(Block block, TypeConstraint elementType)
    {
        var entries = new List<KeyValuePair<string, Value>>();
        foreach (var item in block.Body.Items)
        {
            switch (item)
            {
                case HclAttribute attribute:
                    entries.Add(new(attribute.Name.Name, DecodeAttribute(attribute, attribute.Name.Name, elementType)));
                    break;
                case Block nested:
                    Error($"Unexpected {nested.Type.Name} block: blocks are not allowed here.", nested.Type.Range);
                    break;
            }
        }

        return new MapValue(entries, SourceRange.None, MappingShape.Map);
    }

    /// <summary>
    /// Evaluates with our evaluator. Its problems are warnings by design (a scan goes on with an unknown value), but
    /// hcldec fails on an expression it cannot evaluate, so here they count as errors.
    /// </summary>
    private Value Evaluate(Expression expression, IEvaluationScope evaluationScope)
    {
        var evaluationDiagnostics = new DiagnosticBag();
        var value = new ExpressionEvaluator(TerraformFunctions.Table, NoFileAccess.Instance, evaluationDiagnostics).Evaluate(expression, evaluationScope);
        foreach (var diagnostic in evaluationDiagnostics.Items)
        {
            Error($"{diagnostic.Code}: {diagnostic.Message}", diagnostic.Range);
        }

        return value;
    }

    /// <summary>Go's hcl reports a missing label at the block's opening brace.</summary>
    private static SourceRange OpeningBrace(Body body) =>
        new(body.Range.File, new TextSpan(body.Range.Start, Math.Min(body.Range.Start + 1, body.Range.End)));

    private void Error(string message, SourceRange range) => diagnostics.Add(new ReportedDiagnostic(DiagnosticSeverity.Error, message, range));

    /// <summary>The expected items of one body, and where an absent one is reported.</summary>
    private sealed record BodyContent(IReadOnlyDictionary<string, HclAttribute> Attributes, IReadOnlyList<Block> Blocks, SourceRange MissingItemRange);
}
