using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Text;
using HclAttribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Reads a <c>.hcldec</c> file (itself HCL, read with our parser) as cmd/hcldec/spec-format.md describes. Anything
/// the format allows but this runner does not implement (custom <c>function</c> blocks) and anything malformed is a
/// <see cref="SpecSuiteFormatException"/>, so a case can never pass on a spec it only half understood.
/// </summary>
internal static class DecodeSpecReader
{
    private static readonly string[] BlockTypeArguments = ["block_type", "required"];

    public static DecodeSpecFile Read(SourceFile file)
    {
        var parsed = HclParser.ParseNative(file);
        if (parsed.HasErrors)
        {
            throw new SpecSuiteFormatException($"the spec file does not parse: {string.Join("; ", parsed.Diagnostics)}");
        }

        var variables = new Dictionary<string, Value>(StringComparer.Ordinal);
        DecodeSpec? root = null;
        foreach (var item in parsed.Body.Items)
        {
            switch (item)
            {
                case Block { Type.Name: "variables", Labels.IsEmpty: true } block:
                    foreach (var variable in block.Body.Items)
                    {
                        if (variable is not HclAttribute attribute)
                        {
                            throw new SpecSuiteFormatException(variable.Range, "a variables block holds only attributes");
                        }

                        variables[attribute.Name.Name] = ConstantExpressions.Evaluate(attribute.Expression);
                    }

                    break;
                case Block { Type.Name: "function" } block:
                    throw new SpecSuiteFormatException(block.Range, "custom functions in a spec file are not implemented by this runner");
                case Block block when root is null:
                    root = ReadSpec(block, defaultName: null);
                    break;
                default:
                    throw new SpecSuiteFormatException(item.Range, "a spec file has exactly one root spec block, plus optional variables blocks");
            }
        }

        return new DecodeSpecFile(root ?? throw new SpecSuiteFormatException("the spec file has no root spec block"), variables);
    }

    /// <summary>
    /// One spec block. Inside <c>object</c> each nested spec carries one label, its property name, which is also the
    /// default attribute name or block type (<paramref name="defaultName"/>); elsewhere nested specs have no labels
    /// and must name what they read themselves.
    /// </summary>
    private static DecodeSpec ReadSpec(Block block, string? defaultName)
    {
        var body = block.Body;
        switch (block.Type.Name)
        {
            case "object":
                ExpectOnly(body, []);
                return new ObjectSpec([.. body.Blocks.Select(child =>
                {
                    if (child.Labels.Length != 1)
                    {
                        throw new SpecSuiteFormatException(child.Range, "a spec nested in object takes one label, its property name");
                    }

                    var name = child.Labels[0].Value;
                    return new KeyValuePair<string, DecodeSpec>(name, ReadSpec(child, name));
                })]);
            case "array":
                ExpectOnly(body, []);
                return new ArraySpec([.. body.Blocks.Select(child => ReadUnlabelled(child))]);
            case "attr":
                ExpectOnly(body, ["name", "type", "required"]);
                ExpectNoNestedSpecs(body);
                return new AttributeSpec(
                    Name(body, "name", defaultName, block),
                    TypeOf(body, "type") ?? TypeConstraint.Any,
                    Flag(body, "required"));
            case "block":
                ExpectOnly(body, BlockTypeArguments);
                return new BlockSpec(Name(body, "block_type", defaultName, block), Flag(body, "required"), OnlyNested(block));
            case "block_list" or "block_set":
                ExpectOnly(body, ["block_type", "min_items", "max_items"]);
                return new BlockListSpec(
                    Name(body, "block_type", defaultName, block),
                    Count(body, "min_items"),
                    Count(body, "max_items"),
                    IsSet: block.Type.Name == "block_set",
                    OnlyNested(block));
            case "block_map":
                ExpectOnly(body, ["block_type", "labels"]);
                return new BlockMapSpec(Name(body, "block_type", defaultName, block), Labels(body, block), OnlyNested(block));
            case "block_attrs":
                ExpectOnly(body, ["block_type", "element_type", "required"]);
                ExpectNoNestedSpecs(body);
                return new BlockAttributesSpec(
                    Name(body, "block_type", defaultName, block),
                    TypeOf(body, "element_type") ?? throw new SpecSuiteFormatException(block.Range, "block_attrs needs element_type"),
                    Flag(body, "required"));
            case "literal":
                ExpectOnly(body, ["value"]);
                ExpectNoNestedSpecs(body);
                return new LiteralSpec(ConstantExpressions.Evaluate(Required(body, "value", block).Expression));
            case "default":
                ExpectOnly(body, []);
                var alternatives = body.Blocks.Select(ReadUnlabelled).ToList();
                if (alternatives.Count == 0)
                {
                    throw new SpecSuiteFormatException(block.Range, "default needs at least one nested spec");
                }

                // Each later spec is the fallback of all the earlier ones together.
                return alternatives.Skip(1).Aggregate(alternatives[0], (primary, fallback) => new DefaultSpec(primary, fallback));
            case "transform":
                ExpectOnly(body, ["result"]);
                return new TransformSpec(OnlyNested(block), Required(body, "result", block).Expression);
            default:
                throw new SpecSuiteFormatException(block.Type.Range, $"unknown spec type \"{block.Type.Name}\"");
        }
    }

    private static DecodeSpec ReadUnlabelled(Block block)
    {
        if (!block.Labels.IsEmpty)
        {
            throw new SpecSuiteFormatException(block.Range, "only specs nested in object take a label");
        }

        return ReadSpec(block, defaultName: null);
    }

    /// <summary>The one nested spec of block, block_list, block_set, block_map and transform: unlabelled, as in Go's hcldec.</summary>
    private static DecodeSpec OnlyNested(Block block)
    {
        var nested = block.Body.Blocks.ToList();
        if (nested.Count != 1)
        {
            throw new SpecSuiteFormatException(block.Range, $"{block.Type.Name} takes exactly one nested spec, not {nested.Count}");
        }

        return ReadUnlabelled(nested[0]);
    }

    private static void ExpectOnly(Body body, string[] arguments)
    {
        foreach (var attribute in body.Attributes)
        {
            if (!arguments.Contains(attribute.Name.Name))
            {
                throw new SpecSuiteFormatException(attribute.Name.Range, $"unexpected argument \"{attribute.Name.Name}\"");
            }
        }
    }

    private static void ExpectNoNestedSpecs(Body body)
    {
        if (body.Blocks.FirstOrDefault() is { } nested)
        {
            throw new SpecSuiteFormatException(nested.Range, "this spec type takes no nested specs");
        }
    }

    private static HclAttribute Required(Body body, string name, Block block) =>
        body.FindAttribute(name) ?? throw new SpecSuiteFormatException(block.Range, $"{block.Type.Name} needs \"{name}\"");

    private static string Name(Body body, string argument, string? defaultName, Block block)
    {
        if (body.FindAttribute(argument) is { } attribute)
        {
            return ConstantExpressions.Evaluate(attribute.Expression).AsString()
                ?? throw new SpecSuiteFormatException(attribute.Expression.Range, $"\"{argument}\" must be a string");
        }

        return defaultName ?? throw new SpecSuiteFormatException(block.Range, $"{block.Type.Name} needs \"{argument}\" outside an object");
    }

    private static TypeConstraint? TypeOf(Body body, string argument)
    {
        if (body.FindAttribute(argument) is not { } attribute)
        {
            return null;
        }

        return ConstantExpressions.ParseType(attribute.Expression);
    }

    private static bool Flag(Body body, string argument) =>
        body.FindAttribute(argument) is { } attribute
        && (ConstantExpressions.Evaluate(attribute.Expression).AsBool() ?? throw new SpecSuiteFormatException(attribute.Expression.Range, $"\"{argument}\" must be a bool"));

    private static int Count(Body body, string argument)
    {
        if (body.FindAttribute(argument) is not { } attribute)
        {
            return 0;
        }

        return ConstantExpressions.Evaluate(attribute.Expression) is NumberValue { IsInteger: true, Value: >= 0 and <= int.MaxValue } number
            ? (int)number.Value
            : throw new SpecSuiteFormatException(attribute.Expression.Range, $"\"{argument}\" must be a whole number");
    }

    private static ImmutableArray<string> Labels(Body body, Block block)
    {
        var value = ConstantExpressions.Evaluate(Required(body, "labels", block).Expression);
        if (value is not ListValue { Count: > 0 } list || list.Items.Any(item => item is not StringValue))
        {
            throw new SpecSuiteFormatException(block.Range, "labels must be a non-empty list of strings");
        }

        return [.. list.Items.Select(item => ((StringValue)item).Value)];
    }
}
