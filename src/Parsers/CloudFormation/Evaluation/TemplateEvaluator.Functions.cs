using System.Collections.Immutable;
using System.Text;
using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>The intrinsic functions: one method each, dispatched by the long-form name.</summary>
public sealed partial class TemplateEvaluator
{
    private Value EvaluateFunction(TemplateEntry call, SourceRange range) => call.Key switch
    {
        "Ref" => Ref(call.Value, range),
        "Fn::GetAtt" => GetAtt(call.Value, range),
        "Fn::Sub" => Sub(call.Value, range),
        "Fn::Join" => Join(call.Value, range),
        "Fn::Select" => Select(call.Value, range),
        "Fn::Split" => Split(call.Value, range),
        "Fn::If" => If(call.Value, range),
        "Fn::Equals" or "Fn::And" or "Fn::Or" or "Fn::Not" => EvaluateConditionExpression(new TemplateMapping([call], range)) is { } flag
            ? new BoolValue(flag, range)
            : new UnknownValue("the condition is unknown", range),
        "Fn::FindInMap" => FindInMap(call.Value, range),
        "Fn::Base64" => Base64(call.Value, range),
        "Fn::Cidr" => Cidr(call.Value, range),
        "Fn::Length" => Length(call.Value, range),
        "Fn::GetAZs" => new UnknownValue("the availability zones of a region are known only at deployment", range),
        "Fn::ImportValue" => UnknownValue.Combine(range, [Evaluate(call.Value)]) is { References.IsEmpty: false } imported
            ? new UnknownValue("an imported value is known only at deployment", range, imported.References)
            : new UnknownValue("an imported value is known only at deployment", range),
        "Fn::Transform" => new UnknownValue("a macro's output is known only at deployment", range),
        "Fn::ToJsonString" => new UnknownValue("Fn::ToJsonString is not evaluated", range),
        "Fn::GetStackOutput" => new UnknownValue("another stack's output is known only at deployment", range),
        "Fn::GetParam" => new UnknownValue("a pipeline artifact's value is known only at deployment", range),
        _ when ShortFormTags.IsRainDirective(call.Key) => RainDirective(call, range),
        _ => UnknownFunction(call),
    };

    private UnknownValue RainDirective(TemplateEntry call, SourceRange range)
    {
        diagnostics.Add(DiagnosticCatalog.CfnRainDirective, call.KeyRange, call.Key, "the value is unknown");
        return new UnknownValue($"{call.Key} is expanded only by rain pkg", range);
    }

    private UnknownValue UnknownFunction(TemplateEntry call)
    {
        diagnostics.Add(DiagnosticCatalog.CfnUnknownFunction, call.KeyRange, call.Key);
        return new UnknownValue($"{call.Key} is not a known function", call.Range);
    }

    private Value Ref(TemplateNode argument, SourceRange range)
    {
        var name = Evaluate(argument);
        if (name is not StringValue { Value: var text })
        {
            return name is UnknownValue ? UnknownValue.Combine(range, [name]) : InvalidArguments("Ref", "the name of a parameter or resource", range);
        }

        return Resolve(text, range) ?? Unresolved(text, argument.Range);
    }

    /// <summary>What a name refers to in <c>Ref</c> and <c>Fn::Sub</c>: a parameter, a pseudo parameter or a resource; null for nothing.</summary>
    private Value? Resolve(string name, SourceRange range)
    {
        if (name == PseudoParameters.NoValue)
        {
            return new MissingValue(range);
        }

        if (TryGetParameter(name, out var parameter))
        {
            // A value read through a reference is located at the reference, where a finding about it belongs.
            return parameter.WithRange(range);
        }

        if (PseudoParameters.TryGet(name, options, range, out var pseudo))
        {
            return pseudo;
        }

        return IsResource(name)
            ? new UnknownValue($"Ref {name} is known only after deployment", range, [new ReferenceTarget(name, null)])
            : null;
    }

    private Value GetAtt(TemplateNode argument, SourceRange range)
    {
        string? resource = null;
        Value? attribute = null;
        switch (argument)
        {
            case TemplateScalar { Text: var dotted } when dotted.IndexOf('.') > 0:
                resource = dotted[..dotted.IndexOf('.')];
                attribute = new StringValue(dotted[(dotted.IndexOf('.') + 1)..], argument.Range);
                break;
            case TemplateSequence { Items: [TemplateScalar first, var second] }:
                resource = first.Text;
                attribute = Evaluate(second);
                break;
        }

        if (resource is null || attribute is null)
        {
            return InvalidArguments("Fn::GetAtt", "[resource, attribute] or \"resource.attribute\"", range);
        }

        var attributeName = attribute.AsString();
        if (!IsResource(resource))
        {
            return Unresolved(attributeName is null ? resource : $"{resource}.{attributeName}", argument.Range);
        }

        return new UnknownValue($"{resource}.{attributeName ?? "?"} is known only after deployment", range, [new ReferenceTarget(resource, attributeName)]);
    }

    private Value Sub(TemplateNode argument, SourceRange range)
    {
        TemplateNode text;
        var variables = new Dictionary<string, Value>(StringComparer.Ordinal);
        switch (argument)
        {
            case TemplateScalar or TemplateMapping:
                // A mapping is a function giving the string (a rain directive embedding a file, in practice).
                text = argument;
                break;
            case TemplateSequence { Items: [var first, TemplateMapping map] }:
                text = first;
                foreach (var entry in map.Entries)
                {
                    variables[entry.Key] = Evaluate(entry.Value);
                }

                break;
            case TemplateSequence { Items: [var only] }:
                text = only;
                break;
            default:
                return InvalidArguments("Fn::Sub", "a string, or [string, {variables}]", range);
        }

        var evaluatedText = Evaluate(text);
        if (evaluatedText is UnknownValue unknownText)
        {
            return new UnknownValue(unknownText.Reason, range, unknownText.References);
        }

        if (evaluatedText is not StringValue { Value: var template })
        {
            return InvalidArguments("Fn::Sub", "a string, or [string, {variables}]", range);
        }

        var pieces = new List<Value>();
        foreach (var part in SubstitutionParser.Parse(template))
        {
            if (!part.IsVariable)
            {
                pieces.Add(new StringValue(part.Text, range));
            }
            else if (variables.TryGetValue(part.Text, out var variable))
            {
                pieces.Add(variable);
            }
            else
            {
                pieces.Add(ResolveSubstitution(part.Text, text.Range));
            }
        }

        return Concatenate(pieces, string.Empty, range);
    }

    /// <summary>A <c>${Name}</c> or <c>${Resource.Attribute}</c> in a <c>Fn::Sub</c> string.</summary>
    private Value ResolveSubstitution(string name, SourceRange range)
    {
        if (Resolve(name, range) is { } resolved)
        {
            return resolved;
        }

        var dot = name.IndexOf('.');
        if (dot > 0 && IsResource(name[..dot]))
        {
            var resource = name[..dot];
            var attribute = name[(dot + 1)..];
            return new UnknownValue($"{name} is known only after deployment", range, [new ReferenceTarget(resource, attribute)]);
        }

        return Unresolved(name, range);
    }

    /// <summary>Joins values as strings: known when every part is, else unknown with the known text as its partial value.</summary>
    private static Value Concatenate(IReadOnlyList<Value> parts, string delimiter, SourceRange range)
    {
        var text = new StringBuilder();
        var known = true;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                text.Append(delimiter);
            }

            if (parts[i].AsString() is { } part)
            {
                text.Append(part);
            }
            else
            {
                known = false;
                text.Append(UnknownValue.Placeholder);
            }
        }

        if (known)
        {
            return new StringValue(text.ToString(), range);
        }

        if (!parts.Any(p => p is UnknownValue))
        {
            return new UnknownValue("a part is a list or a map, not a string", range);
        }

        var combined = UnknownValue.Combine(range, parts);
        return new UnknownValue(combined.Reason, range, combined.References) { Partial = new StringValue(text.ToString(), range) };
    }

    private Value Join(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items: [var delimiterNode, var listNode] } || Evaluate(delimiterNode).AsString() is not { } delimiter)
        {
            return InvalidArguments("Fn::Join", "[delimiter, [values]]", range);
        }

        return Evaluate(listNode) switch
        {
            ListValue list => Concatenate(list.Items, delimiter, range),
            UnknownValue unknown => UnknownValue.Combine(range, [unknown]),
            _ => InvalidArguments("Fn::Join", "[delimiter, [values]]", range),
        };
    }

    private Value Select(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items: [var indexNode, var listNode] })
        {
            return InvalidArguments("Fn::Select", "[index, [values]]", range);
        }

        var index = Evaluate(indexNode);
        var list = Evaluate(listNode);
        if (index is UnknownValue || list is UnknownValue)
        {
            return UnknownValue.Combine(range, [index, list]);
        }

        if (index.AsNumber() is not { } position || list is not ListValue items || position < 0 || position >= items.Count || decimal.Truncate(position) != position)
        {
            return InvalidArguments("Fn::Select", "an index within the list", range);
        }

        return items.Items[(int)position];
    }

    private Value Split(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items: [var delimiterNode, var textNode] } || Evaluate(delimiterNode).AsString() is not { Length: > 0 } delimiter)
        {
            return InvalidArguments("Fn::Split", "[delimiter, string]", range);
        }

        var text = Evaluate(textNode);
        if (text is UnknownValue)
        {
            return UnknownValue.Combine(range, [text]);
        }

        return text.AsString() is { } known
            ? new ListValue([.. known.Split(delimiter).Select(part => (Value)new StringValue(part, range))], range)
            : InvalidArguments("Fn::Split", "[delimiter, string]", range);
    }

    private Value If(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items: [var conditionNode, var whenTrue, var whenFalse] })
        {
            return InvalidArguments("Fn::If", "[condition, value if true, value if false]", range);
        }

        return EvaluateConditionReference(conditionNode) switch
        {
            true => Evaluate(whenTrue),
            false => Evaluate(whenFalse),

            // Either branch may be taken: unknown, but keeping the references of both so resources stay linked.
            null => Undecided(Evaluate(whenTrue), Evaluate(whenFalse), range),
        };
    }

    private static UnknownValue Undecided(Value whenTrue, Value whenFalse, SourceRange range) =>
        new("the condition is unknown", range, UnknownValue.Combine(range, [whenTrue, whenFalse]).References) { Alternatives = [whenTrue, whenFalse] };

    private Value FindInMap(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items.Length: 3 or 4 } sequence)
        {
            return InvalidArguments("Fn::FindInMap", "[mapping, top-level key, second-level key]", range);
        }

        var keys = sequence.Items.Take(3).Select(Evaluate).ToList();
        Value? fallback = sequence.Items.Length == 4 && sequence.Items[3] is TemplateMapping options && options["DefaultValue"] is { } defaultNode ? Evaluate(defaultNode) : null;
        if (keys.Any(k => k is UnknownValue))
        {
            return UnknownValue.Combine(range, keys);
        }

        var names = keys.Select(k => k.AsString()).ToList();
        if (names.Any(n => n is null))
        {
            return InvalidArguments("Fn::FindInMap", "three names", range);
        }

        TemplateNode? found = template["Mappings"] is TemplateMapping mappings && mappings[names[0]!] is TemplateMapping map && map[names[1]!] is TemplateMapping second
            ? second[names[2]!]
            : null;
        if (found is not null)
        {
            return Evaluate(found);
        }

        if (fallback is not null)
        {
            return fallback;
        }

        diagnostics.Add(DiagnosticCatalog.CfnMappingKeyNotFound, range, names[0], $"{names[1]}.{names[2]}");
        return new UnknownValue($"the mapping {names[0]} has no entry {names[1]}.{names[2]}", range);
    }

    private Value Base64(TemplateNode argument, SourceRange range)
    {
        var value = Evaluate(argument);
        if (value is UnknownValue unknown)
        {
            return new UnknownValue(unknown.Reason, range, unknown.References) { Partial = unknown.Partial };
        }

        return value.AsString() is { } text
            ? new StringValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), range)
            : InvalidArguments("Fn::Base64", "a string", range);
    }

    private Value Cidr(TemplateNode argument, SourceRange range)
    {
        if (argument is not TemplateSequence { Items: [var blockNode, var countNode, var bitsNode] })
        {
            return InvalidArguments("Fn::Cidr", "[ip block, count, cidr bits]", range);
        }

        var values = new[] { Evaluate(blockNode), Evaluate(countNode), Evaluate(bitsNode) };
        if (values.Any(v => v is UnknownValue))
        {
            return UnknownValue.Combine(range, values);
        }

        if (values[0].AsString() is not { } block || values[1].AsNumber() is not { } count || values[2].AsNumber() is not { } bits)
        {
            return InvalidArguments("Fn::Cidr", "[ip block, count, cidr bits]", range);
        }

        return CidrCalculator.Split(block, (int)count, (int)bits) is { } blocks
            ? new ListValue([.. blocks.Select(b => (Value)new StringValue(b, range))], range)
            : new UnknownValue($"Fn::Cidr of {block} is not evaluated (IPv6, or not a valid IPv4 split)", range);
    }

    private Value Length(TemplateNode argument, SourceRange range) => Evaluate(argument) switch
    {
        ListValue list => new NumberValue(list.Count, range),
        UnknownValue unknown => UnknownValue.Combine(range, [unknown]),
        _ => InvalidArguments("Fn::Length", "a list", range),
    };
}
