using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Types;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Checks a decoded value against a <c>.t</c> file's <c>result_type</c>, as Go's runner checks the value's type
/// (<c>TestConformance</c>). Our values carry kinds, not cty types, so the check is on their shape: primitive kinds,
/// sequences element by element (tuples by length too), maps element by element, objects by their exact attribute
/// names. Two things cannot be checked and are accepted: a null (ours has no type) and an unknown (which only an
/// error produces, and an unexpected error already fails the case).
/// </summary>
internal static class TypeConformance
{
    public static IReadOnlyList<string> Problems(Value value, TypeConstraint type)
    {
        var problems = new List<string>();
        Check(value, type, "result", problems);
        return problems;
    }

    private static void Check(Value value, TypeConstraint type, string path, List<string> problems)
    {
        if (type == TypeConstraint.Any || value is NullValue or UnknownValue)
        {
            return;
        }

        switch (type, value)
        {
            case (PrimitiveType { Name: "string" }, StringValue):
            case (PrimitiveType { Name: "number" }, NumberValue):
            case (PrimitiveType { Name: "bool" }, BoolValue):
                return;
            case (CollectionType { Kind: CollectionKind.List or CollectionKind.Set } collection, ListValue list):
                for (var i = 0; i < list.Count; i++)
                {
                    Check(list.Items[i], collection.Element, $"{path}[{i}]", problems);
                }

                return;
            case (TupleType tuple, ListValue list) when tuple.Elements.Length == list.Count:
                for (var i = 0; i < list.Count; i++)
                {
                    Check(list.Items[i], tuple.Elements[i], $"{path}[{i}]", problems);
                }

                return;
            case (CollectionType { Kind: CollectionKind.Map } map, MapValue mapping):
                foreach (var (key, item) in mapping.Entries)
                {
                    Check(item, map.Element, $"{path}[\"{key}\"]", problems);
                }

                return;
            case (ObjectType obj, MapValue mapping):
                foreach (var name in obj.Attributes.Keys.Except(mapping.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    problems.Add($"{path}: attribute \"{name}\" of {type} is missing");
                }

                foreach (var (key, item) in mapping.Entries)
                {
                    if (obj.Attributes.TryGetValue(key, out var attribute))
                    {
                        Check(item, attribute.Type, $"{path}[\"{key}\"]", problems);
                    }
                    else
                    {
                        problems.Add($"{path}: attribute \"{key}\" is not in {type}");
                    }
                }

                return;
            default:
                problems.Add($"{path}: {type} expected, got {value.Kind.ToString().ToLowerInvariant()} {ValueDisplay.Format(value)}");
                return;
        }
    }
}
