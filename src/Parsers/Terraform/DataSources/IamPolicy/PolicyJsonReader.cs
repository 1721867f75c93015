using System.Collections.Immutable;
using System.Text.Json;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Reads a source or override policy document (a JSON string, usually another data source's <c>json</c>)
/// the way the provider's <c>json.Unmarshal</c> into <c>IAMPolicyDoc</c> does: the document's own keys
/// (Version, Id, Statement, Sid, Effect, Action, ...) match case-insensitively as Go struct fields do;
/// Action/Resource keep their string-or-array form and order; a Principal string means <c>"*"</c>; principal
/// identifier arrays are sorted; condition values that are strings become one-element lists, booleans become
/// "true"/"false", and numbers are dropped (the provider has no case for them). Every value is located at
/// the range of the JSON string it came from, since the JSON is generated text with no useful positions.
/// </summary>
internal sealed class PolicyJsonReader(ProviderErrors errors, string argument, SourceRange range)
{
    public PolicyDocument? Read(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return ReadDocument(parsed.RootElement);
        }
        catch (JsonException exception)
        {
            errors.Add($"{argument} is not valid JSON: {exception.Message}");
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json refuses escaped lone surrogates, which Go reads as U+FFFD; no policy has them.
            errors.Add($"{argument} has a string that cannot be read: {exception.Message}");
            return null;
        }
    }

    private PolicyDocument? ReadDocument(JsonElement root)
    {
        var document = new PolicyDocument();
        if (root.ValueKind == JsonValueKind.Null)
        {
            return document;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("is not a JSON object");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (Is(property, "Version"))
            {
                document.Version = ReadString(property.Value, document.Version) ?? document.Version;
            }
            else if (Is(property, "Id"))
            {
                document.Id = ReadString(property.Value, document.Id) ?? document.Id;
            }
            else if (Is(property, "Statement"))
            {
                document.Statements.Clear();
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var element in property.Value.EnumerateArray())
                    {
                        if (element.ValueKind == JsonValueKind.Object)
                        {
                            document.Statements.Add(ReadStatement(element));
                        }
                        else if (element.ValueKind != JsonValueKind.Null)
                        {
                            return Fail("has a Statement that is not an object");
                        }
                    }
                }
                else if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    // Go cannot unmarshal a single statement object into the provider's statement slice.
                    return Fail("has a Statement that is not an array");
                }
            }
        }

        return document;
    }

    private PolicyStatement ReadStatement(JsonElement element)
    {
        Value sid = Text(string.Empty);
        Value effect = Text(string.Empty);
        PolicyStrings? actions = null, notActions = null, resources = null, notResources = null;
        PolicyBlockSet<PolicyPrincipal>? principals = null, notPrincipals = null;
        PolicyBlockSet<PolicyCondition>? conditions = null;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (Is(property, "Sid"))
            {
                sid = ReadString(value, sid) ?? sid;
            }
            else if (Is(property, "Effect"))
            {
                effect = ReadString(value, effect) ?? effect;
            }
            else if (Is(property, "Action"))
            {
                actions = ReadStrings(value);
            }
            else if (Is(property, "NotAction"))
            {
                notActions = ReadStrings(value);
            }
            else if (Is(property, "Resource"))
            {
                resources = ReadStrings(value);
            }
            else if (Is(property, "NotResource"))
            {
                notResources = ReadStrings(value);
            }
            else if (Is(property, "Principal"))
            {
                principals = ReadPrincipals(value);
            }
            else if (Is(property, "NotPrincipal"))
            {
                notPrincipals = ReadPrincipals(value);
            }
            else if (Is(property, "Condition"))
            {
                conditions = ReadConditions(value);
            }
        }

        return new PolicyStatement
        {
            Range = range,
            Sid = sid,
            Effect = effect,
            Actions = actions,
            NotActions = notActions,
            Resources = resources,
            NotResources = notResources,
            Principals = principals,
            NotPrincipals = notPrincipals,
            Conditions = conditions,
        };
    }

    /// <summary>A Go <c>any</c> field: null leaves it unset; a string or an array of strings is kept as written.</summary>
    private PolicyStrings? ReadStrings(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return new PolicyStrings([Text(value.GetString()!)], PolicyStringsShape.JsonString, range);
            case JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String):
                return new PolicyStrings([.. value.EnumerateArray().Select(item => (Value)Text(item.GetString()!))], PolicyStringsShape.JsonArray, range);
            default:
                // The provider would echo numbers or objects back as they are; no policy document holds them.
                return PolicyStrings.WhollyUnknown(new UnknownValue($"{argument} has a {value.ValueKind} where strings are expected", range), PolicyStringsShape.JsonArray);
        }
    }

    private PolicyBlockSet<PolicyPrincipal>? ReadPrincipals(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                // The provider reads any string principal as "*".
                return new PolicyBlockSet<PolicyPrincipal>([new PolicyPrincipal(Text("*"), new PolicyStrings([Text("*")], PolicyStringsShape.JsonArray, range), range)]);
            case JsonValueKind.Object:
                var principals = ImmutableArray.CreateBuilder<PolicyPrincipal>();
                foreach (var (type, identifiers) in LastWins(value))
                {
                    if (identifiers.ValueKind == JsonValueKind.String)
                    {
                        principals.Add(new PolicyPrincipal(Text(type), new PolicyStrings([Text(identifiers.GetString()!)], PolicyStringsShape.JsonString, range), range));
                    }
                    else if (identifiers.ValueKind == JsonValueKind.Array && identifiers.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
                    {
                        var sorted = identifiers.EnumerateArray().Select(item => item.GetString()!).Order(GoStringOrder.Instance);
                        principals.Add(new PolicyPrincipal(Text(type), new PolicyStrings([.. sorted.Select(item => (Value)Text(item))], PolicyStringsShape.JsonArray, range), range));
                    }
                    else
                    {
                        errors.Add($"{argument} has principal identifiers of type {type} that are not strings");
                    }
                }

                return principals.Count == 0 ? null : new PolicyBlockSet<PolicyPrincipal>(principals.ToImmutable());
            default:
                errors.Add($"{argument} has a Principal that is neither a string nor an object");
                return null;
        }
    }

    private PolicyBlockSet<PolicyCondition>? ReadConditions(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{argument} has a Condition that is not an object");
            return null;
        }

        var conditions = ImmutableArray.CreateBuilder<PolicyCondition>();
        foreach (var (test, variables) in LastWins(value))
        {
            if (variables.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (variables.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{argument} has a Condition {test} that is not an object");
                continue;
            }

            foreach (var (variable, values) in LastWins(variables))
            {
                PolicyStrings? strings = values.ValueKind switch
                {
                    JsonValueKind.String => new PolicyStrings([Text(values.GetString()!)], PolicyStringsShape.JsonArray, range),
                    JsonValueKind.True or JsonValueKind.False => new PolicyStrings([Text(values.ValueKind == JsonValueKind.True ? "true" : "false")], PolicyStringsShape.JsonString, range),
                    JsonValueKind.Array => ReadStrings(values),
                    _ => null,
                };
                if (strings is not null)
                {
                    conditions.Add(new PolicyCondition(Text(test), Text(variable), strings, range));
                }
            }
        }

        return conditions.Count == 0 ? null : new PolicyBlockSet<PolicyCondition>(conditions.ToImmutable());
    }

    /// <summary>A JSON string field; null keeps the current value (as Go does); another kind is an error.</summary>
    private Value? ReadString(JsonElement value, Value current)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Text(value.GetString()!);
            case JsonValueKind.Null:
                return current;
            default:
                errors.Add($"{argument} has a {value.ValueKind} where a string is expected");
                return null;
        }
    }

    /// <summary>The properties of a JSON object read into a Go map: a repeated key keeps its last value.</summary>
    private static IEnumerable<(string Key, JsonElement Value)> LastWins(JsonElement obj)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var property in obj.EnumerateObject())
        {
            if (!properties.ContainsKey(property.Name))
            {
                order.Add(property.Name);
            }

            properties[property.Name] = property.Value;
        }

        return order.Select(key => (key, properties[key]));
    }

    private static bool Is(JsonProperty property, string field) => string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase);

    private StringValue Text(string value) => new(value, range);

    private PolicyDocument? Fail(string problem)
    {
        errors.Add($"{argument} {problem}");
        return null;
    }
}
