using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Lays out a merged document as the provider's Go structs marshal (terraform-provider-aws,
/// internal/service/iam/policy_model.go): Version, Id, Statement; in each statement Sid, Effect, Action,
/// NotAction, Resource, NotResource, Principal, NotPrincipal, Condition, each left out when empty.
/// Every unknown met on the way is collected in <see cref="Unknowns"/>: if there is one, the text cannot be
/// known and the caller reports an unknown instead.
/// </summary>
internal sealed class PolicyJsonBuilder
{
    public List<UnknownValue> Unknowns { get; } = [];

    public JsonNode Build(PolicyDocument document)
    {
        var properties = new List<KeyValuePair<string, JsonNode>>();
        AddString(properties, "Version", document.Version);
        AddString(properties, "Id", document.Id);
        if (document.Statements.Count > 0)
        {
            properties.Add(new("Statement", new JsonArray([.. document.Statements.Select(BuildStatement)])));
        }

        return new JsonObject([.. properties]);
    }

    private JsonObject BuildStatement(PolicyStatement statement)
    {
        var properties = new List<KeyValuePair<string, JsonNode>>();
        if (statement.WhollyUnknown is { } unknown)
        {
            Unknowns.Add(unknown);
            return new JsonObject([]);
        }

        AddString(properties, "Sid", statement.Sid);
        AddString(properties, "Effect", statement.Effect);
        AddStrings(properties, "Action", statement.Actions);
        AddStrings(properties, "NotAction", statement.NotActions);
        AddStrings(properties, "Resource", statement.Resources);
        AddStrings(properties, "NotResource", statement.NotResources);
        AddPrincipals(properties, "Principal", statement.Principals);
        AddPrincipals(properties, "NotPrincipal", statement.NotPrincipals);
        AddConditions(properties, statement.Conditions);
        return new JsonObject([.. properties]);
    }

    private void AddString(List<KeyValuePair<string, JsonNode>> properties, string name, Value value)
    {
        if (value is UnknownValue unknown)
        {
            Unknowns.Add(unknown);
        }
        else if (value.AsString() is { Length: > 0 } text)
        {
            properties.Add(new(name, new JsonText(text)));
        }
    }

    private void AddStrings(List<KeyValuePair<string, JsonNode>> properties, string name, PolicyStrings? strings)
    {
        if (strings is null)
        {
            return;
        }

        var texts = KnownTexts(strings);
        if (strings.RendersAsString && texts.Length == 1)
        {
            properties.Add(new(name, new JsonText(texts[0])));
            return;
        }

        // The provider sorts set elements in descending order (policyDecodeConfigStrings: sort, then reverse).
        var ordered = strings.Shape == PolicyStringsShape.HclSet ? [.. texts.Order(GoStringOrder.Instance).Reverse()] : texts;
        properties.Add(new(name, new JsonArray([.. ordered.Select(text => (JsonNode)new JsonText(text))])));
    }

    /// <summary>
    /// Principals are grouped by type into one object with sorted keys, identifiers lists sorted descending;
    /// a single principal of type "*" with the one identifier "*" is written as the string "*", since IAM
    /// treats <c>"*"</c> and <c>{"AWS": "*"}</c> differently in trust policies.
    /// </summary>
    private void AddPrincipals(List<KeyValuePair<string, JsonNode>> properties, string name, PolicyBlockSet<PolicyPrincipal>? principals)
    {
        if (principals is null || !CollectUnknowns(principals) || principals.Items.IsEmpty)
        {
            return;
        }

        if (principals.Items is [var only] && only.Type.AsString() == "*" && KnownTexts(only.Identifiers) is ["*"])
        {
            properties.Add(new(name, new JsonText("*")));
            return;
        }

        // A type holds a string until a second principal of that type turns it into a list.
        var byType = new SortedDictionary<string, List<string>>(GoStringOrder.Instance);
        var isList = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var principal in principals.Items)
        {
            var type = KnownText(principal.Type);
            var identifiers = KnownTexts(principal.Identifiers);
            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
                isList[type] = false;
            }

            if (principal.Identifiers.RendersAsString && identifiers.Length == 1)
            {
                isList[type] |= list.Count > 0;
                list.Add(identifiers[0]);
            }
            else
            {
                isList[type] = true;
                list.AddRange(identifiers.Order(GoStringOrder.Instance).Reverse());
            }
        }

        properties.Add(new(name, new JsonObject([.. byType.Select(pair => new KeyValuePair<string, JsonNode>(
            pair.Key,
            isList[pair.Key] ? new JsonArray([.. pair.Value.Select(text => (JsonNode)new JsonText(text))]) : new JsonText(pair.Value[0])))])));
    }

    /// <summary>
    /// Conditions are grouped by test, then by variable, both with sorted keys; the values of conditions
    /// with the same test and variable are appended in order, and a single value is written as a string.
    /// </summary>
    private void AddConditions(List<KeyValuePair<string, JsonNode>> properties, PolicyBlockSet<PolicyCondition>? conditions)
    {
        if (conditions is null || !CollectUnknowns(conditions) || conditions.Items.IsEmpty)
        {
            return;
        }

        var byTest = new SortedDictionary<string, SortedDictionary<string, List<string>>>(GoStringOrder.Instance);
        foreach (var condition in conditions.Items)
        {
            var test = KnownText(condition.Test);
            var variable = KnownText(condition.Variable);
            if (!byTest.TryGetValue(test, out var byVariable))
            {
                byTest[test] = byVariable = new SortedDictionary<string, List<string>>(GoStringOrder.Instance);
            }

            if (!byVariable.TryGetValue(variable, out var values))
            {
                byVariable[variable] = values = [];
            }

            values.AddRange(KnownTexts(condition.Values));
        }

        properties.Add(new("Condition", new JsonObject([.. byTest.Select(test => new KeyValuePair<string, JsonNode>(
            test.Key,
            new JsonObject([.. test.Value.Select(variable => new KeyValuePair<string, JsonNode>(
                variable.Key,
                variable.Value.Count == 1 ? new JsonText(variable.Value[0]) : new JsonArray([.. variable.Value.Select(text => (JsonNode)new JsonText(text))])))])))])));
    }

    /// <summary>Records the set's unknowns; true when it has none, so that its blocks can be laid out.</summary>
    private bool CollectUnknowns<T>(PolicyBlockSet<T> set)
    {
        Unknowns.AddRange(set.UnknownItems);
        if (set.Unknown is not null)
        {
            Unknowns.Add(set.Unknown);
        }

        return set.Unknown is null && set.UnknownItems.IsEmpty;
    }

    private ImmutableArray<string> KnownTexts(PolicyStrings strings)
    {
        if (strings.Unknown is not null)
        {
            Unknowns.Add(strings.Unknown);
        }

        return [.. strings.Items.Select(KnownText)];
    }

    /// <summary>The text of a known value; an unknown is recorded and stands in as empty text.</summary>
    private string KnownText(Value value)
    {
        if (value is UnknownValue unknown)
        {
            Unknowns.Add(unknown);
        }

        return value.AsString() ?? string.Empty;
    }
}
