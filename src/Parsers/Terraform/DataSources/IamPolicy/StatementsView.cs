using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// The structured <c>statements</c> attribute: the merged document's statements as values, available even
/// when the JSON text is not, so that a policy can judge a known <c>Principal "*"</c> in a document whose
/// resource ARN is computed at apply time. The shape is described on <see cref="AwsIamPolicyDocument"/>.
/// </summary>
internal static class StatementsView
{
    public static ListValue Build(PolicyDocument document, SourceRange blockRange) =>
        new([.. document.Statements.Select(Statement)], blockRange, SequenceShape.List);

    private static Value Statement(PolicyStatement statement)
    {
        if (statement.WhollyUnknown is { } unknown)
        {
            return unknown;
        }

        var range = statement.Range;
        var entries = new List<KeyValuePair<string, Value>>
        {
            new("effect", statement.Effect is StringValue { Value.Length: 0 } ? new StringValue("Allow", range, ValueOrigin.Defaulted) : statement.Effect),
            new("actions", Strings(statement.Actions, range)),
            new("not_actions", Strings(statement.NotActions, range)),
            new("resources", Strings(statement.Resources, range)),
            new("not_resources", Strings(statement.NotResources, range)),
            new("principals", Blocks(statement.Principals, range, Principal)),
            new("not_principals", Blocks(statement.NotPrincipals, range, Principal)),
            new("conditions", Blocks(statement.Conditions, range, Condition)),
        };
        if (statement.Sid is not StringValue { Value.Length: 0 })
        {
            entries.Add(new("sid", statement.Sid));
        }

        return new MapValue(entries, range);
    }

    private static MapValue Principal(PolicyPrincipal principal) => new(
        [new("type", principal.Type), new("identifiers", Strings(principal.Identifiers, principal.Range))],
        principal.Range);

    private static MapValue Condition(PolicyCondition condition) => new(
        [new("test", condition.Test), new("variable", condition.Variable), new("values", Strings(condition.Values, condition.Range))],
        condition.Range);

    /// <summary>An empty list (defaulted, at the statement) when absent; the unknown itself when wholly unknown.</summary>
    private static Value Strings(PolicyStrings? strings, SourceRange statementRange)
    {
        if (strings is null)
        {
            return new ListValue([], statementRange, SequenceShape.Set, ValueOrigin.Defaulted);
        }

        if (strings.Unknown is { } unknown)
        {
            return unknown;
        }

        var shape = strings.Shape == PolicyStringsShape.HclList ? SequenceShape.List : SequenceShape.Set;
        return new ListValue(strings.Items, strings.Range, shape);
    }

    private static Value Blocks<T>(PolicyBlockSet<T>? set, SourceRange statementRange, Func<T, MapValue> build)
    {
        if (set is null)
        {
            return new ListValue([], statementRange, SequenceShape.Set, ValueOrigin.Defaulted);
        }

        if (set.Unknown is { } unknown)
        {
            return unknown;
        }

        ImmutableArray<Value> items = [.. set.Items.Select(item => (Value)build(item)), .. set.UnknownItems];
        return new ListValue(items, statementRange, SequenceShape.Set);
    }
}
