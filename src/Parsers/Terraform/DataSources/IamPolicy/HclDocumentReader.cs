using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Reads the data source's own arguments (<c>version</c>, <c>policy_id</c>, <c>statement</c> blocks) into a
/// <see cref="PolicyDocument"/>, as the provider's read function does. Never throws: a value of the wrong
/// shape becomes an <see cref="UnknownValue"/> at its range, and what the provider or Terraform would
/// reject is recorded in <see cref="ProviderErrors"/>.
/// </summary>
internal sealed partial class HclDocumentReader(ProviderErrors errors)
{
    public const string DefaultVersion = "2012-10-17";

    private const string LegacyVersion = "2008-10-17";

    private string? version;

    public PolicyDocument Read(MapValue attributes, SourceRange blockRange)
    {
        var document = new PolicyDocument();
        var versionValue = ReadString(attributes.Get("version"), "version")
            ?? new StringValue(DefaultVersion, blockRange, ValueOrigin.Defaulted);
        if (versionValue is StringValue { Value: not (DefaultVersion or LegacyVersion) } invalidVersion)
        {
            errors.Add($"version \"{invalidVersion.Value}\" is not one of {LegacyVersion} and {DefaultVersion}");
        }

        version = versionValue.AsString();
        document.Version = versionValue;
        document.Id = ReadString(attributes.Get("policy_id"), "policy_id") ?? document.Id;

        var seenSids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in ReadBlocks(attributes.Get("statement"), "statement", ReadStatement))
        {
            if (statement.KnownSid is { } sid && !seenSids.Add(sid))
            {
                errors.Add($"duplicate Sid ({sid}) in statement blocks");
            }

            document.Statements.Add(statement);
        }

        return document;
    }

    private PolicyStatement ReadStatement(MapValue block)
    {
        var sid = ReadString(block.Get("sid"), "sid");
        if (sid is StringValue known && !AlphanumericSid().IsMatch(known.Value))
        {
            errors.Add($"sid \"{known.Value}\" must only include alphanumeric characters");
        }

        var effect = ReadString(block.Get("effect"), "effect") ?? new StringValue("Allow", block.Range, ValueOrigin.Defaulted);
        if (effect is StringValue { Value: not ("Allow" or "Deny") } invalidEffect)
        {
            errors.Add($"effect \"{invalidEffect.Value}\" is not one of Allow and Deny");
        }

        return new PolicyStatement
        {
            Range = block.Range,
            Sid = sid ?? new StringValue(string.Empty, block.Range, ValueOrigin.Defaulted),
            Effect = effect,
            Actions = ReadStrings(block.Get("actions"), "actions", PolicyStringsShape.HclSet, replaceVariables: false),
            NotActions = ReadStrings(block.Get("not_actions"), "not_actions", PolicyStringsShape.HclSet, replaceVariables: false),
            Resources = ReadStrings(block.Get("resources"), "resources", PolicyStringsShape.HclSet, replaceVariables: true),
            NotResources = ReadStrings(block.Get("not_resources"), "not_resources", PolicyStringsShape.HclSet, replaceVariables: true),
            Principals = ReadBlockSet(block.Get("principals"), "principals", ReadPrincipal),
            NotPrincipals = ReadBlockSet(block.Get("not_principals"), "not_principals", ReadPrincipal),
            Conditions = ReadBlockSet(block.Get("condition"), "condition", ReadCondition),
        };
    }

    private PolicyPrincipal ReadPrincipal(MapValue block) => new(
        Required(ReadString(block.Get("type"), "principals.type"), "principals.type", block),
        ReadStrings(block.Get("identifiers"), "principals.identifiers", PolicyStringsShape.HclSet, replaceVariables: true)
            ?? RequiredStrings(block, "principals.identifiers", PolicyStringsShape.HclSet),
        block.Range);

    private PolicyCondition ReadCondition(MapValue block) => new(
        Required(ReadString(block.Get("test"), "condition.test"), "condition.test", block),
        Required(ReadString(block.Get("variable"), "condition.variable"), "condition.variable", block),
        ReadStrings(block.Get("values"), "condition.values", PolicyStringsShape.HclList, replaceVariables: true)
            ?? RequiredStrings(block, "condition.values", PolicyStringsShape.HclList),
        block.Range);

    private Value Required(Value? value, string name, MapValue block)
    {
        if (value is not null)
        {
            return value;
        }

        errors.Add($"{name} is required");
        return new StringValue(string.Empty, block.Range, ValueOrigin.Defaulted);
    }

    private PolicyStrings RequiredStrings(MapValue block, string name, PolicyStringsShape shape)
    {
        // An empty set is omitted by the provider, but identifiers and values are written even when empty;
        // only an absent (or null) one is an error.
        if (block.Get(name[(name.IndexOf('.') + 1)..]).IsAbsent)
        {
            errors.Add($"{name} is required");
        }

        return new PolicyStrings([], shape, block.Range);
    }

    /// <summary>
    /// A string argument: numbers and booleans convert as Terraform converts them; null or absent gives
    /// null; a collection is the wrong shape and gives an unknown.
    /// </summary>
    private static Value? ReadString(Value value, string name) => value switch
    {
        StringValue or UnknownValue => value,
        NumberValue or BoolValue => new StringValue(value.AsString()!, value.Range, value.Origin),
        NullValue or MissingValue => null,
        _ => new UnknownValue($"{name} is not a string", value.Range),
    };

    /// <summary>
    /// A set or list of strings; null when absent. For sets, empty gives null (the provider omits empty
    /// sets) and known duplicates are dropped (a set holds each element once).
    /// </summary>
    private PolicyStrings? ReadStrings(Value value, string name, PolicyStringsShape shape, bool replaceVariables)
    {
        switch (value)
        {
            case NullValue or MissingValue:
                return null;
            case UnknownValue unknown:
                return PolicyStrings.WhollyUnknown(unknown, shape);
            case ListValue list:
                var items = ImmutableArray.CreateBuilder<Value>(list.Count);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var element in list.Items)
                {
                    var item = ReadString(element, name) ?? new UnknownValue($"{name} contains null, which Terraform rejects", element.Range);
                    if (item is StringValue text)
                    {
                        if (shape == PolicyStringsShape.HclSet && !seen.Add(text.Value))
                        {
                            continue;
                        }

                        item = replaceVariables ? ReplaceVariables(text) : text;
                    }

                    items.Add(item);
                }

                return shape == PolicyStringsShape.HclSet && items.Count == 0 ? null : new PolicyStrings(items.ToImmutable(), shape, list.Range);
            default:
                return PolicyStrings.WhollyUnknown(new UnknownValue($"{name} is not a list of strings", value.Range), shape);
        }
    }

    /// <summary>
    /// The provider turns <c>&amp;{</c> into <c>${</c> so that IAM policy variables can be written without
    /// Terraform interpolating them; version 2008-10-17 has no policy variables and rejects them.
    /// </summary>
    private StringValue ReplaceVariables(StringValue text)
    {
        if (!text.Value.Contains("&{", StringComparison.Ordinal))
        {
            return text;
        }

        if (version == LegacyVersion)
        {
            errors.Add($"found &{{ sequence in ({text.Value}), which is not supported in document version {LegacyVersion}");
        }

        return new StringValue(text.Value.Replace("&{", "${", StringComparison.Ordinal), text.Range, text.Origin);
    }

    /// <summary>Nested blocks kept in order; an unknown or wrong-shaped block becomes a placeholder statement.</summary>
    private static IEnumerable<PolicyStatement> ReadBlocks(Value value, string name, Func<MapValue, PolicyStatement> read)
    {
        switch (value)
        {
            case NullValue or MissingValue:
                yield break;
            case UnknownValue unknown:
                yield return PolicyStatement.Placeholder(unknown);
                yield break;
            case ListValue or MapValue:
                foreach (var block in value.AsBlocks())
                {
                    switch (block)
                    {
                        case MapValue map:
                            yield return read(map);
                            break;
                        case UnknownValue unknown:
                            yield return PolicyStatement.Placeholder(unknown);
                            break;
                        case NullValue:
                            break;
                        default:
                            yield return PolicyStatement.Placeholder(new UnknownValue($"{name} is not a block", block.Range));
                            break;
                    }
                }

                yield break;
            default:
                yield return PolicyStatement.Placeholder(new UnknownValue($"{name} is not a list of blocks", value.Range));
                yield break;
        }
    }

    /// <summary>
    /// Set-typed nested blocks; null when there are none (the provider omits them then). Identical known
    /// blocks count once, as in a set.
    /// </summary>
    private static PolicyBlockSet<T>? ReadBlockSet<T>(Value value, string name, Func<MapValue, T> read)
    {
        switch (value)
        {
            case NullValue or MissingValue:
                return null;
            case UnknownValue unknown:
                return new PolicyBlockSet<T>([], [], unknown);
            case ListValue or MapValue:
                var items = ImmutableArray.CreateBuilder<T>();
                var unknownItems = ImmutableArray.CreateBuilder<UnknownValue>();
                var seen = new HashSet<Value>(ValueEquality.Instance);
                foreach (var block in value.AsBlocks())
                {
                    switch (block)
                    {
                        case MapValue map:
                            // Unknown equals nothing, so blocks with unknowns are all kept.
                            if (seen.Add(map))
                            {
                                items.Add(read(map));
                            }

                            break;
                        case NullValue:
                            break;
                        case UnknownValue unknown:
                            unknownItems.Add(unknown);
                            break;
                        default:
                            unknownItems.Add(new UnknownValue($"{name} is not a block", block.Range));
                            break;
                    }
                }

                var set = new PolicyBlockSet<T>(items.ToImmutable(), unknownItems.ToImmutable());
                return set.IsEmpty ? null : set;
            default:
                return new PolicyBlockSet<T>([], [], new UnknownValue($"{name} is not a list of blocks", value.Range));
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9]*$")]
    private static partial Regex AlphanumericSid();
}
