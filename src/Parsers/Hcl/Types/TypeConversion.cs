using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Types;

/// <summary>
/// Converts a value to a type constraint as Terraform does for variables: primitives convert among each other,
/// collections convert element by element, object attributes take their optional defaults. Unknown stays unknown.
/// </summary>
public static class TypeConversion
{
    public static bool TryConvert(Value value, TypeConstraint type, out Value result, out string error)
    {
        error = string.Empty;
        result = value;
        if (value is UnknownValue or NullValue or MissingValue || type == TypeConstraint.Any)
        {
            return true;
        }

        switch (type)
        {
            case PrimitiveType { Name: "string" }:
                if (PrimitiveConversion.TryToString(value, out var text))
                {
                    result = value is StringValue ? value : new StringValue(text, value.Range, value.Origin);
                    return true;
                }

                break;
            case PrimitiveType { Name: "number" }:
                if (PrimitiveConversion.TryToNumber(value, out var number))
                {
                    result = value is NumberValue ? value : new NumberValue(number, value.Range, value.Origin);
                    return true;
                }

                break;
            case PrimitiveType { Name: "bool" }:
                if (PrimitiveConversion.TryToBool(value, out var flag))
                {
                    result = value is BoolValue ? value : new BoolValue(flag, value.Range, value.Origin);
                    return true;
                }

                break;
            case CollectionType { Kind: CollectionKind.List or CollectionKind.Set } collection when value is ListValue list:
                return TryConvertSequence(list, collection, out result, out error);
            case CollectionType { Kind: CollectionKind.Map } map when value is MapValue mapping:
                var entries = new List<KeyValuePair<string, Value>>(mapping.Count);
                foreach (var (key, item) in mapping.Entries)
                {
                    if (!TryConvert(item, map.Element, out var converted, out error))
                    {
                        error = $"element \"{key}\": {error}";
                        return false;
                    }

                    entries.Add(new(key, converted));
                }

                result = new MapValue(entries, value.Range, MappingShape.Map, value.Origin);
                return true;
            case ObjectType obj when value is MapValue mapping:
                return TryConvertObject(mapping, obj, out result, out error);
            case TupleType tuple when value is ListValue list:
                if (list.Count != tuple.Elements.Length)
                {
                    error = $"a tuple of {tuple.Elements.Length} elements is required, not {list.Count}";
                    return false;
                }

                var items = ImmutableArray.CreateBuilder<Value>(list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    if (!TryConvert(list.Items[i], tuple.Elements[i], out var converted, out error))
                    {
                        return false;
                    }

                    items.Add(converted);
                }

                result = new ListValue(items.MoveToImmutable(), value.Range, SequenceShape.Tuple, value.Origin);
                return true;
        }

        error = $"{type} required, not {PrimitiveConversion.TypeName(value)}";
        return false;
    }

    private static bool TryConvertSequence(ListValue list, CollectionType collection, out Value result, out string error)
    {
        error = string.Empty;
        var items = ImmutableArray.CreateBuilder<Value>(list.Count);
        foreach (var item in list.Items)
        {
            if (!TryConvert(item, collection.Element, out var converted, out error))
            {
                result = list;
                return false;
            }

            if (collection.Kind == CollectionKind.Set && items.Any(existing => ValueEquality.Instance.Equals(existing, converted)))
            {
                continue;
            }

            items.Add(converted);
        }

        result = new ListValue(items.ToImmutable(), list.Range, collection.Kind == CollectionKind.Set ? SequenceShape.Set : SequenceShape.List, list.Origin);
        return true;
    }

    private static bool TryConvertObject(MapValue mapping, ObjectType obj, out Value result, out string error)
    {
        error = string.Empty;
        var entries = new List<KeyValuePair<string, Value>>(obj.Attributes.Count);
        foreach (var (name, attribute) in obj.Attributes)
        {
            if (!mapping.TryGetValue(name, out var item) || item is NullValue)
            {
                if (!attribute.Optional && item is MissingValue)
                {
                    error = $"attribute \"{name}\" is required";
                    result = mapping;
                    return false;
                }

                var fallback = attribute.Default ?? new NullValue(mapping.Range);
                TryConvert(fallback, attribute.Type, out var convertedDefault, out _);
                entries.Add(new(name, convertedDefault.WithRange(mapping.Range)));
                continue;
            }

            if (!TryConvert(item, attribute.Type, out var converted, out error))
            {
                error = $"attribute \"{name}\": {error}";
                result = mapping;
                return false;
            }

            entries.Add(new(name, converted));
        }

        result = new MapValue(entries, mapping.Range, MappingShape.Object, mapping.Origin);
        return true;
    }

    /// <summary>A value to use for a variable whose value is of the wrong type: unknown, with the reason.</summary>
    public static UnknownValue Invalid(string reason, SourceRange range) => new(reason, range);
}
