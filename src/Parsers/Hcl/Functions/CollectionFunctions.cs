using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Functions over lists, sets, tuples, maps and objects. Unknown elements are kept where the result does not
/// depend on them (length, concat, keys, merge) and make the result unknown where it does (sort, distinct).
/// </summary>
internal static class CollectionFunctions
{
    private const int RangeLimit = 1024;

    public static IEnumerable<HclFunction> All =>
    [
        new("alltrue", 1, 1, AllTrue),
        new("anytrue", 1, 1, AnyTrue),
        new("chunklist", 2, 2, ChunkList),
        new("coalesce", 1, -1, Coalesce) { AcceptsUnknown = true },
        new("coalescelist", 1, -1, CoalesceList) { AcceptsUnknown = true },
        new("compact", 1, 1, Compact),
        new("concat", 1, -1, Concat),
        new("contains", 2, 2, Contains),
        new("distinct", 1, 1, Distinct),
        new("element", 2, 2, Element),
        new("flatten", 1, 1, Flatten),
        new("index", 2, 2, Index),
        new("keys", 1, 1, Keys),
        new("length", 1, 1, Length),
        new("lookup", 2, 3, Lookup),
        new("matchkeys", 3, 3, MatchKeys),
        new("merge", 0, -1, Merge) { AcceptsUnknown = true },
        new("one", 1, 1, One),
        new("range", 1, 3, Range),
        new("reverse", 1, 1, Reverse),
        new("setintersection", 1, -1, SetIntersection),
        new("setproduct", 1, -1, SetProduct),
        new("setsubtract", 2, 2, SetSubtract),
        new("setunion", 1, -1, SetUnion),
        new("slice", 3, 3, Slice),
        new("sort", 1, 1, Sort),
        new("transpose", 1, 1, Transpose),
        new("values", 1, 1, Values),
        new("zipmap", 2, 2, ZipMap),
    ];

    private static Value AllTrue(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var anyUnknown = false;
        foreach (var element in list.Items)
        {
            if (element.IsUnknown)
            {
                anyUnknown = true;
            }
            else if (element.IsAbsent || RequireBool(element) == false)
            {
                return invocation.Bool(false);
            }
        }

        return anyUnknown ? invocation.UnknownResult(list) : invocation.Bool(true);
    }

    private static Value AnyTrue(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var anyUnknown = false;
        foreach (var element in list.Items)
        {
            if (element.IsUnknown)
            {
                anyUnknown = true;
            }
            else if (!element.IsAbsent && RequireBool(element))
            {
                return invocation.Bool(true);
            }
        }

        return anyUnknown ? invocation.UnknownResult(list) : invocation.Bool(false);
    }

    private static bool RequireBool(Value element) =>
        TypeConversion.ToPrimitiveBool(element) ?? throw FunctionInvocation.Fail($"the list must contain only bool values, not {TypeConversion.Describe(element)}");

    private static Value ChunkList(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var size = invocation.Integer(1, "size");
        if (size < 0)
        {
            throw FunctionInvocation.Fail("the size argument must be positive");
        }

        if (list.Count == 0)
        {
            return invocation.List([]);
        }

        if (size == 0)
        {
            return invocation.List([invocation.List(list.Items)]);
        }

        return invocation.List(list.Items.Chunk(size).Select(chunk => (Value)invocation.List(chunk)));
    }

    private static Value Coalesce(FunctionInvocation invocation)
    {
        var unified = TypeConversion.UnifyPrimitives(invocation.Arguments, "coalesce result");
        foreach (var argument in unified)
        {
            if (argument.IsUnknown)
            {
                // Whether this one is null or empty decides the result: it cannot be known yet.
                return invocation.UnknownResult(argument);
            }

            if (argument.IsAbsent || argument is StringValue { Value: "" })
            {
                continue;
            }

            return argument.WithRange(invocation.Range);
        }

        throw FunctionInvocation.Fail("no non-null, non-empty-string arguments");
    }

    private static Value CoalesceList(FunctionInvocation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            switch (argument)
            {
                case UnknownValue:
                    return invocation.UnknownResult(argument);
                case NullValue or MissingValue:
                    continue;
                case ListValue list when list.Count == 0:
                    continue;
                case ListValue list:
                    return list.WithRange(invocation.Range);
                default:
                    throw FunctionInvocation.Fail($"coalescelist arguments must be lists or tuples, not {TypeConversion.Describe(argument)}");
            }
        }

        throw FunctionInvocation.Fail("no non-null arguments");
    }

    private static Value Compact(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        if (list.Items.Any(v => v.IsUnknown))
        {
            // An unknown element may or may not be empty, so the length of the result is unknown.
            return invocation.UnknownResult(list);
        }

        var kept = new List<Value>();
        for (var index = 0; index < list.Count; index++)
        {
            var element = list.Items[index];
            if (element.IsAbsent)
            {
                continue;
            }

            var text = FunctionArguments.ElementString(element, "the list", index);
            if (text.Length > 0)
            {
                kept.Add(new StringValue(text, element.Range));
            }
        }

        return invocation.List(kept);
    }

    private static Value Concat(FunctionInvocation invocation)
    {
        var items = new List<Value>();
        var allLists = true;
        for (var argument = 0; argument < invocation.Count; argument++)
        {
            var list = invocation.Sequence(argument, "seqs");
            allLists &= list.Shape != SequenceShape.Tuple;
            items.AddRange(list.Items);
        }

        return invocation.List(items, allLists ? SequenceShape.List : SequenceShape.Tuple);
    }

    private static Value Contains(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var value = invocation[1];
        var anyUnknown = false;
        foreach (var element in list.Items)
        {
            if (element.IsUnknown)
            {
                anyUnknown = true;
            }
            else if (LooselyEqual(element, value))
            {
                return invocation.Bool(true);
            }
        }

        return anyUnknown ? invocation.UnknownResult(list) : invocation.Bool(false);
    }

    /// <summary>Equality after Terraform's conversion of the value to the element type (1 equals "1" in a list of strings).</summary>
    private static bool LooselyEqual(Value a, Value b)
    {
        if (ValueEquality.Instance.Equals(a, b))
        {
            return true;
        }

        return a.Kind != b.Kind && a is StringValue or NumberValue or BoolValue && b is StringValue or NumberValue or BoolValue
            && TypeConversion.ToPrimitiveString(a) == TypeConversion.ToPrimitiveString(b);
    }

    private static Value Distinct(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        if (list.Items.Any(FunctionArguments.ContainsUnknown))
        {
            return invocation.UnknownResult(list);
        }

        var seen = new HashSet<Value>(ValueEquality.Instance);
        return invocation.List(list.Items.Where(seen.Add));
    }

    private static Value Element(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var index = invocation.Number(1, "index");
        if (decimal.Truncate(index) != index)
        {
            throw FunctionInvocation.Fail("invalid index: must be a whole number");
        }

        if (index < 0)
        {
            throw FunctionInvocation.Fail("cannot use element function with a negative index");
        }

        if (list.Count == 0)
        {
            throw FunctionInvocation.Fail("cannot use element function with an empty list");
        }

        // The index wraps around, so element(["a", "b"], 3) is "b".
        return list.Items[(int)(index % list.Count)].WithRange(invocation.Range);
    }

    private static Value Flatten(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var items = new List<Value>();
        AppendFlattened(items, list);
        return invocation.List(items, list.Shape == SequenceShape.Set ? SequenceShape.List : list.Shape);

        static void AppendFlattened(List<Value> items, ListValue list)
        {
            foreach (var element in list.Items)
            {
                if (element is ListValue inner)
                {
                    AppendFlattened(items, inner);
                }
                else
                {
                    items.Add(element);
                }
            }
        }
    }

    private static Value Index(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var value = invocation[1];
        for (var index = 0; index < list.Count; index++)
        {
            var element = list.Items[index];
            if (element.IsUnknown)
            {
                // The unknown element might be the one searched for.
                return invocation.UnknownResult(list);
            }

            if (LooselyEqual(element, value))
            {
                return invocation.Number(index);
            }
        }

        throw FunctionInvocation.Fail("item not found");
    }

    private static Value Keys(FunctionInvocation invocation)
    {
        var map = invocation.Mapping(0, "inputMap");
        return invocation.List(map.Keys.Select(k => (Value)invocation.String(k)), map.Shape == MappingShape.Map ? SequenceShape.List : SequenceShape.Tuple);
    }

    private static Value Length(FunctionInvocation invocation)
    {
        var value = invocation.NotNull(0, "value");
        return value switch
        {
            ListValue list => invocation.Number(list.Count),
            MapValue map => invocation.Number(map.Count),
            StringValue s => invocation.Number(TextElements.Count(s.Value)),
            _ => throw FunctionInvocation.Fail($"argument must be a string, a collection type, or a structural type, not {TypeConversion.Describe(value)}"),
        };
    }

    private static Value Lookup(FunctionInvocation invocation)
    {
        var map = invocation.Mapping(0, "inputMap");
        var key = invocation.String(1, "key");
        if (map.TryGetValue(key, out var found))
        {
            return found.WithRange(invocation.Range);
        }

        if (invocation.Count == 3)
        {
            return invocation[2].WithRange(invocation.Range);
        }

        throw FunctionInvocation.Fail($"lookup failed to find key \"{key}\"");
    }

    private static Value MatchKeys(FunctionInvocation invocation)
    {
        var values = invocation.Sequence(0, "values");
        var keys = invocation.Sequence(1, "keys");
        var searchSet = invocation.Sequence(2, "searchset");
        if (values.Count != keys.Count)
        {
            throw FunctionInvocation.Fail("length of keys and values should be equal");
        }

        if (keys.Items.Any(FunctionArguments.ContainsUnknown) || searchSet.Items.Any(FunctionArguments.ContainsUnknown))
        {
            return invocation.UnknownResult(keys, searchSet);
        }

        var result = new List<Value>();
        for (var index = 0; index < keys.Count; index++)
        {
            if (searchSet.Items.Any(s => LooselyEqual(keys.Items[index], s)))
            {
                result.Add(values.Items[index]);
            }
        }

        return invocation.List(result);
    }

    private static Value Merge(FunctionInvocation invocation)
    {
        var entries = new List<KeyValuePair<string, Value>>();
        var allMaps = true;
        var unknowns = new List<Value>();
        foreach (var argument in invocation.Arguments)
        {
            switch (argument)
            {
                case NullValue or MissingValue:
                    continue;
                case UnknownValue unknown:
                    // An unknown map may override every key merged so far: those keys stay present, their values unknown.
                    unknowns.Add(unknown);
                    var overridden = entries.Select(e => new KeyValuePair<string, Value>(e.Key, unknown)).ToList();
                    entries.Clear();
                    entries.AddRange(overridden);
                    if (unknown.Partial is MapValue known)
                    {
                        entries.AddRange(known.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, e.Value)));
                    }

                    break;
                case MapValue map:
                    allMaps &= map.Shape == MappingShape.Map;
                    entries.AddRange(map.Entries);
                    break;
                default:
                    throw FunctionInvocation.Fail($"arguments must be maps or objects, got {TypeConversion.Describe(argument)}");
            }
        }

        // MapValue keeps the last of duplicate keys, so later arguments take precedence as in Terraform.
        var merged = invocation.Map(entries, allMaps ? MappingShape.Map : MappingShape.Object);
        if (unknowns.Count == 0)
        {
            return merged;
        }

        // The result is unknown, but what is known of it (keys certainly present, values where certain) is kept.
        var result = invocation.UnknownResult([.. unknowns]);
        return new UnknownValue(result.Reason, result.Range, result.References) { Partial = merged };
    }

    private static Value One(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        return list.Count switch
        {
            0 => invocation.Null(),
            1 => list.Items[0].WithRange(invocation.Range),
            _ => throw FunctionInvocation.Fail("must be a list, set, or tuple value with either zero or one elements"),
        };
    }

    private static Value Range(FunctionInvocation invocation)
    {
        decimal start = 0, limit, step;
        if (invocation.Count == 1)
        {
            limit = invocation.Number(0, "limit");
        }
        else
        {
            start = invocation.Number(0, "start");
            limit = invocation.Number(1, "limit");
        }

        if (invocation.Count == 3)
        {
            step = invocation.Number(2, "step");
            if (step == 0)
            {
                throw FunctionInvocation.Fail("step must not be zero");
            }
        }
        else
        {
            step = limit < start ? -1 : 1;
        }

        var items = new List<Value>();
        for (var number = start; step > 0 ? number < limit : number > limit; number += step)
        {
            if (items.Count == RangeLimit)
            {
                throw FunctionInvocation.Fail($"more than {RangeLimit} values were generated; either decrease the difference between start and end or use a smaller step");
            }

            items.Add(invocation.Number(number));
        }

        return invocation.List(items);
    }

    private static Value Reverse(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        if (list.Shape == SequenceShape.Set)
        {
            throw FunctionInvocation.Fail("can only reverse list or tuple values, not set");
        }

        return invocation.List(Enumerable.Reverse(list.Items), list.Shape);
    }

    private static IReadOnlyList<ListValue> Sets(FunctionInvocation invocation, string name) =>
        [.. Enumerable.Range(0, invocation.Count).Select(i => invocation.Sequence(i, name))];

    private static bool AnyUnknown(IEnumerable<ListValue> sets) => sets.Any(s => s.Items.Any(FunctionArguments.ContainsUnknown));

    private static Value SetIntersection(FunctionInvocation invocation)
    {
        var sets = Sets(invocation, "sets");
        if (AnyUnknown(sets))
        {
            return invocation.UnknownResult();
        }

        var unified = UnifyAll(sets);
        IEnumerable<Value> result = unified[0];
        foreach (var other in unified.Skip(1))
        {
            var members = other.ToHashSet(ValueEquality.Instance);
            result = result.Where(members.Contains).ToList();
        }

        return invocation.Set(result);
    }

    private static Value SetUnion(FunctionInvocation invocation)
    {
        var sets = Sets(invocation, "sets");
        if (AnyUnknown(sets))
        {
            return invocation.UnknownResult();
        }

        return invocation.Set(UnifyAll(sets).SelectMany(s => s));
    }

    private static Value SetSubtract(FunctionInvocation invocation)
    {
        var sets = Sets(invocation, "sets");
        if (AnyUnknown(sets))
        {
            return invocation.UnknownResult();
        }

        var unified = UnifyAll(sets);
        var removed = unified[1].ToHashSet(ValueEquality.Instance);
        return invocation.Set(unified[0].Where(v => !removed.Contains(v)));
    }

    /// <summary>Set operations first convert all elements to one type, so ["1"] and [1] have a common element.</summary>
    private static List<List<Value>> UnifyAll(IReadOnlyList<ListValue> sets)
    {
        var all = TypeConversion.UnifyPrimitives([.. sets.SelectMany(s => s.Items)], "set");
        var result = new List<List<Value>>();
        var offset = 0;
        foreach (var set in sets)
        {
            result.Add([.. all.Skip(offset).Take(set.Count)]);
            offset += set.Count;
        }

        return result;
    }

    private static Value SetProduct(FunctionInvocation invocation)
    {
        if (invocation.Count < 2)
        {
            throw FunctionInvocation.Fail("at least two arguments are required");
        }

        var sets = Sets(invocation, "sets");
        var allSets = sets.All(s => s.Shape == SequenceShape.Set);
        if (allSets && AnyUnknown(sets))
        {
            return invocation.UnknownResult();
        }

        IEnumerable<List<Value>> product = [[]];
        foreach (var set in sets)
        {
            product = product.SelectMany(prefix => set.Items.Select(item => new List<Value>(prefix) { item })).ToList();
        }

        var tuples = product.Select(p => (Value)invocation.List(p, SequenceShape.Tuple));
        return allSets ? invocation.Set(tuples) : invocation.List(tuples);
    }

    private static Value Slice(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        var start = invocation.Integer(1, "start_index");
        var end = invocation.Integer(2, "end_index");
        if (start < 0)
        {
            throw FunctionInvocation.Fail("the starting index must be greater than or equal to zero");
        }

        if (end > list.Count)
        {
            throw FunctionInvocation.Fail("end index must not be greater than the length of the list");
        }

        if (start > end)
        {
            throw FunctionInvocation.Fail("start index must not be greater than end index");
        }

        return invocation.List(list.Items.Skip(start).Take(end - start), list.Shape == SequenceShape.Set ? SequenceShape.List : list.Shape);
    }

    private static Value Sort(FunctionInvocation invocation)
    {
        var list = invocation.Sequence(0, "list");
        if (list.Items.Any(v => v.IsUnknown))
        {
            return invocation.UnknownResult(list);
        }

        var texts = new List<string>();
        for (var index = 0; index < list.Count; index++)
        {
            texts.Add(FunctionArguments.ElementString(list.Items[index], "the list", index));
        }

        // Lexical order even for numbers: sort([10, 9]) is ["10", "9"].
        texts.Sort(string.CompareOrdinal);
        return invocation.StringList(texts);
    }

    private static Value Transpose(FunctionInvocation invocation)
    {
        var map = invocation.Mapping(0, "values");
        var result = new SortedDictionary<string, List<Value>>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (value is UnknownValue || (value is ListValue l && l.Items.Any(v => v.IsUnknown)))
            {
                return invocation.UnknownResult(map);
            }

            if (value is not ListValue list)
            {
                throw FunctionInvocation.Fail($"the value for key \"{key}\" must be a list of strings, not {TypeConversion.Describe(value)}");
            }

            for (var index = 0; index < list.Count; index++)
            {
                var name = FunctionArguments.ElementString(list.Items[index], $"the list for key \"{key}\"", index);
                if (!result.TryGetValue(name, out var keys))
                {
                    result[name] = keys = [];
                }

                keys.Add(invocation.String(key));
            }
        }

        return invocation.Map(result.Select(e => new KeyValuePair<string, Value>(e.Key, invocation.List(e.Value))));
    }

    private static Value Values(FunctionInvocation invocation)
    {
        var map = invocation.Mapping(0, "mapping");
        return invocation.List(map.Entries.Select(e => e.Value), map.Shape == MappingShape.Map ? SequenceShape.List : SequenceShape.Tuple);
    }

    private static Value ZipMap(FunctionInvocation invocation)
    {
        var keys = invocation.Sequence(0, "keys");
        var values = invocation.Sequence(1, "values");
        if (keys.Count != values.Count)
        {
            throw FunctionInvocation.Fail($"number of keys ({keys.Count}) does not match number of values ({values.Count})");
        }

        if (keys.Items.Any(v => v.IsUnknown))
        {
            return invocation.UnknownResult(keys);
        }

        var entries = new List<KeyValuePair<string, Value>>();
        for (var index = 0; index < keys.Count; index++)
        {
            entries.Add(new(FunctionArguments.ElementString(keys.Items[index], "keys", index), values.Items[index]));
        }

        return invocation.Map(entries, values.Shape == SequenceShape.Tuple ? MappingShape.Object : MappingShape.Map);
    }
}
