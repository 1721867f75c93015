using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// <c>resourceId</c>, <c>subscriptionResourceId</c>, <c>tenantResourceId</c> and <c>extensionResourceId</c>. The id is
/// built as Azure builds it; where a part (the subscription, the resource group, a name) is unknown, the result is an
/// unknown value whose <see cref="UnknownValue.Partial"/> is the id with <see cref="UnknownValue.Placeholder"/> for that
/// part, and whose reference names the resource (<c>type/name</c>, attribute <c>id</c>) so that a policy can link it.
/// </summary>
internal static class ResourceIds
{
    public static Value ResourceId(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a)
    {
        var typeIndex = TypeIndex(a);
        if (typeIndex is < 0 or > 2)
        {
            return Undecided(e, c, a, "resourceId expects ([subscriptionId], [resourceGroupName], resourceType, name, ...)");
        }

        var subscription = typeIndex == 2 ? a[0] : e.Context.Subscription(e.Range).Get("subscriptionId");
        var group = typeIndex >= 1 ? a[typeIndex - 1] : e.Context.ResourceGroup(e.Range).Get("name");
        return Build(e, c, a, typeIndex, [Fixed("/subscriptions/"), subscription, Fixed("/resourceGroups/"), group]);
    }

    public static Value SubscriptionResourceId(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a)
    {
        var typeIndex = TypeIndex(a);
        if (typeIndex is < 0 or > 1)
        {
            return Undecided(e, c, a, "subscriptionResourceId expects ([subscriptionId], resourceType, name, ...)");
        }

        var subscription = typeIndex == 1 ? a[0] : e.Context.Subscription(e.Range).Get("subscriptionId");
        return Build(e, c, a, typeIndex, [Fixed("/subscriptions/"), subscription]);
    }

    public static Value TenantResourceId(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a)
    {
        var typeIndex = TypeIndex(a);
        return typeIndex != 0 ? Undecided(e, c, a, "tenantResourceId expects (resourceType, name, ...)") : Build(e, c, a, 0, []);
    }

    public static Value ExtensionResourceId(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a)
    {
        var typeIndex = a.Length > 1 && a[1] is StringValue s && s.Value.Contains('/') ? 1 : -1;
        return typeIndex != 1 ? Undecided(e, c, a, "extensionResourceId expects (resourceId, resourceType, name, ...)") : Build(e, c, a, 1, [a[0]]);
    }

    private static StringValue Fixed(string text) => new(text, default);

    private static int TypeIndex(ImmutableArray<Value> a)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] is StringValue s && s.Value.Contains('/'))
            {
                return i;
            }
        }

        return -1;
    }

    private static Value Undecided(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a, string usage) =>
        a.Any(v => v is UnknownValue) ? UnknownValue.Combine(e.Range, a) : e.Fail(c, usage);

    private static Value Build(ArmExpressionEvaluator e, ArmFunctionCall c, ImmutableArray<Value> a, int typeIndex, List<Value> prefix)
    {
        var type = ((StringValue)a[typeIndex]).Value;
        var typeParts = type.Split('/', StringSplitOptions.RemoveEmptyEntries); // a trailing '/' in the type is tolerated
        var names = a.Skip(typeIndex + 1).ToList();
        if (typeParts.Length < 2 || names.Count != typeParts.Length - 1)
        {
            return e.Fail(c, $"the type '{type}' needs {Math.Max(1, typeParts.Length - 1)} name(s), not {names.Count}");
        }

        var parts = new List<Value>(prefix) { Fixed("/providers/" + typeParts[0]) };
        for (var i = 0; i < names.Count; i++)
        {
            parts.Add(Fixed($"/{typeParts[i + 1]}/"));
            parts.Add(names[i]);
        }

        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            switch (part)
            {
                case StringValue s:
                    text.Append(s.Value);
                    break;
                case UnknownValue:
                    text.Append(UnknownValue.Placeholder);
                    break;
                default:
                    return e.Fail(c, $"the parts of a resource id must be strings, not {ArmExpressionEvaluator.Describe(part)}");
            }
        }

        if (parts.All(p => p is StringValue))
        {
            return e.Str(text.ToString());
        }

        type = string.Join('/', typeParts);
        var nameText = string.Join('/', names.Select(n => n is StringValue s ? s.Value : UnknownValue.Placeholder));
        var combined = UnknownValue.Combine(e.Range, parts);
        return new UnknownValue(combined.Reason, e.Range, [.. combined.References, new ReferenceTarget($"{type}/{nameText}", "id")])
        {
            Partial = new StringValue(text.ToString(), e.Range),
        };
    }
}
