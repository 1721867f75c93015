using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Reads a policy document from the value of a <c>policy</c>-like attribute, whatever wrote it: JSON text (located
/// statement by statement when the text stands verbatim in the source), a template or <c>jsonencode</c> with unknown
/// parts (the known parts are read and the document is marked incomplete), or the statements of a
/// <c>data.aws_iam_policy_document</c>. Never throws; text that is not a policy gives an incomplete, empty document.
/// </summary>
public static class PolicyDocumentReader
{
    public static PolicyDocument Read(Value value)
    {
        switch (value)
        {
            case MissingValue or NullValue:
                return new PolicyDocument(value, [], true);
            case StringValue { Encoded: MapValue structure }:
                return FromIamShape(value, structure, complete: !ContainsUnknown(structure));
            case StringValue { Encoded: ListValue view }:
                return FromStatementsView(value, view, complete: true);
            case StringValue text:
                var parsed = ParseJson(text.Value, text.Range);
                return parsed is null ? PolicyDocument.Unknown(value) : FromIamShape(value, parsed, complete: !ContainsUnknown(parsed));
            case UnknownValue { Partial: StringValue partialText }:
                var partial = ParseJson(partialText.Value, partialText.Range);
                return partial is null ? PolicyDocument.Unknown(value) : FromIamShape(value, partial, complete: false);
            case UnknownValue { Partial: MapValue partialStructure }:
                return FromIamShape(value, partialStructure, complete: false);
            case UnknownValue { Partial: ListValue statements }:
                return FromStatementsView(value, statements, complete: false);
            case MapValue map when map.ContainsKey("Statement"):
                return FromIamShape(value, map, complete: !ContainsUnknown(map));
            default:
                return PolicyDocument.Unknown(value);
        }
    }

    /// <summary>Parses JSON text into values; strings that hold an unknown's placeholder become unknown.</summary>
    private static Value? ParseJson(string json, SourceRange origin)
    {
        var document = JsonParser.Parse(new SourceFile(origin.File?.Path ?? "<policy>", json), JsonParserOptions.Lenient);
        if (document.HasErrors || document.Root is null)
        {
            return null;
        }

        // Where the JSON stands verbatim in the source (a heredoc without escapes), statements keep exact locations.
        var offset = origin.IsNone ? -1 : origin.Text.IndexOf(json.Trim(), StringComparison.Ordinal);
        var leading = json.Length - json.TrimStart().Length;
        return Relocate(document.Root.ToValue(), range => offset >= 0
            ? new SourceRange(origin.File, new TextSpan(origin.Start + offset - leading + range.Start, origin.Start + offset - leading + range.End))
            : origin);
    }

    private static Value Relocate(Value value, Func<SourceRange, SourceRange> map) => value switch
    {
        StringValue s when s.Value.Contains(UnknownValue.Placeholder, StringComparison.Ordinal) =>
            new UnknownValue("part of the policy text is only known after apply", map(s.Range)),
        ListValue list => new ListValue([.. list.Items.Select(i => Relocate(i, map))], map(list.Range), list.Shape, list.Origin),
        MapValue m => new MapValue(m.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Relocate(e.Value, map))), map(m.Range), m.Shape, m.Origin),
        _ => value.WithRange(map(value.Range)),
    };

    private static bool ContainsUnknown(Value value) => value switch
    {
        UnknownValue => true,
        ListValue list => list.Items.Any(ContainsUnknown),
        MapValue map => map.Entries.Any(e => ContainsUnknown(e.Value)),
        _ => false,
    };

    private static PolicyDocument FromIamShape(Value source, Value document, bool complete)
    {
        var statementValue = Field(document, "Statement");
        if (statementValue.IsUnknown)
        {
            return PolicyDocument.Unknown(source);
        }

        var items = statementValue switch
        {
            ListValue list => list.Items,
            MapValue single => [single],
            _ => [],
        };
        var statements = ImmutableArray.CreateBuilder<PolicyStatement>();
        foreach (var item in items)
        {
            if (item is not MapValue statement)
            {
                complete = false;
                continue;
            }

            statements.Add(new PolicyStatement
            {
                Number = statements.Count + 1,
                Range = statement.Range.IsNone ? source.Range : statement.Range,
                Sid = Field(statement, "Sid"),
                Effect = Field(statement, "Effect"),
                Actions = Strings(Field(statement, "Action")),
                NotActions = Strings(Field(statement, "NotAction")),
                Resources = Strings(Field(statement, "Resource")),
                NotResources = Strings(Field(statement, "NotResource")),
                Principals = Principals(Field(statement, "Principal")),
                NotPrincipals = Principals(Field(statement, "NotPrincipal")),
                Conditions = Conditions(Field(statement, "Condition")),
            });
        }

        return new PolicyDocument(source, statements.ToImmutable(), complete);
    }

    /// <summary>The view that <c>data.aws_iam_policy_document</c> gives of its statements (snake_case, principals as blocks).</summary>
    private static PolicyDocument FromStatementsView(Value source, ListValue view, bool complete)
    {
        var statements = ImmutableArray.CreateBuilder<PolicyStatement>();
        foreach (var item in view.Items.OfType<MapValue>())
        {
            statements.Add(new PolicyStatement
            {
                Number = statements.Count + 1,
                Range = item.Range.IsNone ? source.Range : item.Range,
                Sid = item.Get("sid"),
                Effect = item.Get("effect"),
                Actions = Strings(item.Get("actions")),
                NotActions = Strings(item.Get("not_actions")),
                Resources = Strings(item.Get("resources")),
                NotResources = Strings(item.Get("not_resources")),
                Principals = ViewPrincipals(item.Get("principals")),
                NotPrincipals = ViewPrincipals(item.Get("not_principals")),
                Conditions = [.. item.Get("conditions").Elements.OfType<MapValue>().Select(c => new PolicyCondition(c.Get("test"), c.Get("variable"), Strings(c.Get("values"))))],
            });
        }

        return new PolicyDocument(source, statements.ToImmutable(), complete);
    }

    /// <summary>IAM element names are case-insensitive in practice (the AWS parser accepts "principal").</summary>
    private static Value Field(Value container, string name)
    {
        if (container is not MapValue map)
        {
            return container.IsUnknown ? container : new MissingValue(container.Range);
        }

        if (map.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return new MissingValue(map.Range);
    }

    /// <summary>A string or a list of strings (or an unknown standing for them).</summary>
    private static ImmutableArray<Value> Strings(Value value) => value switch
    {
        ListValue list => list.Items,
        MissingValue or NullValue => [],
        _ => [value],
    };

    private static ImmutableArray<PolicyPrincipal> Principals(Value value)
    {
        switch (value)
        {
            case MissingValue or NullValue:
                return [];
            case MapValue map:
                return [.. map.Entries.SelectMany(e => Strings(e.Value).Select(id => new PolicyPrincipal(e.Key, id)))];
            default:
                // "Principal": "*" (any string here means everyone, as the AWS parser reads it).
                return [new PolicyPrincipal("*", value)];
        }
    }

    private static ImmutableArray<PolicyPrincipal> ViewPrincipals(Value value) =>
        [.. value.Elements.OfType<MapValue>().SelectMany(p => Strings(p.Get("identifiers")).Select(id => new PolicyPrincipal(p.Get("type").AsString() ?? "?", id)))];

    private static ImmutableArray<PolicyCondition> Conditions(Value value)
    {
        if (value is not MapValue operators)
        {
            return value.IsUnknown ? [new PolicyCondition(value, value, [value])] : [];
        }

        var result = ImmutableArray.CreateBuilder<PolicyCondition>();
        foreach (var (op, keys) in operators.Entries)
        {
            var operatorValue = new StringValue(op, keys.Range);
            if (keys is not MapValue keyMap)
            {
                result.Add(new PolicyCondition(operatorValue, keys, [keys]));
                continue;
            }

            foreach (var (key, values) in keyMap.Entries)
            {
                result.Add(new PolicyCondition(operatorValue, new StringValue(key, values.Range), Strings(values)));
            }
        }

        return result.ToImmutable();
    }
}
