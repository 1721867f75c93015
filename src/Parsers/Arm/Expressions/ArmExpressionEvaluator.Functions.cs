using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Arm.Expressions;

using Args = ImmutableArray<Value>;
using Pure = Func<ArmExpressionEvaluator, ArmFunctionCall, ImmutableArray<Value>, Value>;

/// <summary>The table of built-in functions, by lower-case name (ARM function names ignore case).</summary>
public sealed partial class ArmExpressionEvaluator
{
    /// <summary>Functions that decide which arguments to evaluate.</summary>
    private static readonly FrozenDictionary<string, Func<ArmExpressionEvaluator, ArmFunctionCall, Value>> LazyFunctions =
        new Dictionary<string, Func<ArmExpressionEvaluator, ArmFunctionCall, Value>>
        {
            ["if"] = If,
            ["and"] = (e, c) => ShortCircuit(e, c, stopOn: false),
            ["or"] = (e, c) => ShortCircuit(e, c, stopOn: true),
            ["coalesce"] = Coalesce,
        }.ToFrozenDictionary();

    /// <summary>Functions that read the context, or decide about unknown arguments themselves.</summary>
    private static readonly FrozenDictionary<string, Pure> ContextFunctions = new Dictionary<string, Pure>
    {
        ["parameters"] = (e, c, a) => Known(e, a) ?? e.ReadParameter(Text(a, 0, 1, 1), c),
        ["variables"] = (e, c, a) => Known(e, a) ?? e.ReadVariable(Text(a, 0, 1, 1), c),
        ["resourcegroup"] = (e, c, a) => e.Context.ResourceGroup(e.Range),
        ["subscription"] = (e, c, a) => e.Context.Subscription(e.Range),
        ["tenant"] = (e, c, a) => e.Context.Tenant(e.Range),
        ["managementgroup"] = (e, c, a) => e.Context.ManagementGroup(e.Range),
        ["deployment"] = (e, c, a) => e.Context.Deployment(e.Range),
        ["environment"] = (e, c, a) => e.Context.Environment(e.Range),
        ["copyindex"] = CopyIndex,
        ["reference"] = (e, c, a) => e.Context.Reference(a, e.Range),
        ["resourceid"] = (e, c, a) => ResourceIds.ResourceId(e, c, a),
        ["subscriptionresourceid"] = (e, c, a) => ResourceIds.SubscriptionResourceId(e, c, a),
        ["tenantresourceid"] = (e, c, a) => ResourceIds.TenantResourceId(e, c, a),
        ["extensionresourceid"] = (e, c, a) => ResourceIds.ExtensionResourceId(e, c, a),
        ["newguid"] = (e, c, a) => new UnknownValue("newGuid() is new at every deployment", e.Range),
        ["utcnow"] = (e, c, a) => new UnknownValue("utcNow() is the time of the deployment", e.Range),
    }.ToFrozenDictionary();

    /// <summary>Functions that build or take apart arrays and objects: an unknown element stays an unknown element.</summary>
    private static readonly FrozenSet<string> StructuralFunctions = new[]
    {
        "createarray", "createobject", "array", "concat", "length", "empty", "first", "last", "take", "skip", "items",
        "objectkeys", "tryget", "indexfromend", "tryindexfromend", "flatten",
    }.ToFrozenSet();

    /// <summary>ARM functions known but not evaluated here: they give an unknown value without an error.</summary>
    private static readonly FrozenSet<string> NotEvaluated = new[]
    {
        "datetimeadd", "datetimefromepoch", "datetimetoepoch", "pickzones", "providers", "managementgroupresourceid",
        "lambda", "lambdavariables", "filter", "map", "reduce", "sort", "toobject", "mapvalues", "groupby", "shallowmerge", "loadjsoncontent",
        "extensions", "like", "parsecidr", "cidrsubnet", "cidrhost", "deployer", "externalinputs",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, Pure> Functions = new Dictionary<string, Pure>
    {
        // Values
        ["true"] = (e, c, a) => Arity(a, 0, 0, new BoolValue(true, e.Range)),
        ["false"] = (e, c, a) => Arity(a, 0, 0, new BoolValue(false, e.Range)),
        ["null"] = (e, c, a) => Arity(a, 0, 0, new NullValue(e.Range)),

        // Strings
        ["concat"] = Concat,
        ["format"] = Format,
        ["tolower"] = (e, c, a) => e.Str(Text(a, 0, 1, 1).ToLowerInvariant()),
        ["toupper"] = (e, c, a) => e.Str(Text(a, 0, 1, 1).ToUpperInvariant()),
        ["trim"] = (e, c, a) => e.Str(Text(a, 0, 1, 1).Trim()),
        ["substring"] = Substring,
        ["replace"] = (e, c, a) => e.Str(Text(a, 0, 3, 3).Replace(Text(a, 1), Text(a, 2), StringComparison.Ordinal)),
        ["split"] = Split,
        ["startswith"] = (e, c, a) => e.Bool(Text(a, 0, 2, 2).StartsWith(Text(a, 1), StringComparison.OrdinalIgnoreCase)),
        ["endswith"] = (e, c, a) => e.Bool(Text(a, 0, 2, 2).EndsWith(Text(a, 1), StringComparison.OrdinalIgnoreCase)),
        ["indexof"] = (e, c, a) => e.Num(Text(a, 0, 2, 2).IndexOf(Text(a, 1), StringComparison.OrdinalIgnoreCase)),
        ["lastindexof"] = LastIndexOf,
        ["padleft"] = PadLeft,
        ["base64"] = (e, c, a) => e.Str(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(a, 0, 1, 1)))),
        ["base64tostring"] = (e, c, a) => e.Str(Encoding.UTF8.GetString(Convert.FromBase64String(Text(a, 0, 1, 1)))),
        ["base64tojson"] = (e, c, a) => ArmJson.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Text(a, 0, 1, 1))), e.Range),
        ["datauri"] = (e, c, a) => e.Str("data:text/plain;charset=utf8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(AsText(Single(a))))),
        ["datauritostring"] = DataUriToString,
        ["uri"] = (e, c, a) => e.Str(new Uri(new Uri(Text(a, 0, 2, 2), UriKind.Absolute), Text(a, 1)).AbsoluteUri),
        ["uricomponent"] = (e, c, a) => e.Str(Uri.EscapeDataString(Text(a, 0, 1, 1))),
        ["uricomponenttostring"] = (e, c, a) => e.Str(Uri.UnescapeDataString(Text(a, 0, 1, 1))),
        ["string"] = (e, c, a) => e.Str(AsText(Single(a))),
        ["guid"] = (e, c, a) => e.Str(ArmHashes.Guid(Texts(a, "guid"))),
        ["uniquestring"] = (e, c, a) => e.Str(ArmHashes.UniqueString(Texts(a, "uniqueString"))),

        // Strings, arrays and objects
        ["length"] = Length,
        ["contains"] = Contains,
        ["empty"] = (e, c, a) => e.Bool(Single(a) switch
        {
            NullValue => true,
            StringValue s => s.Value.Length == 0,
            ListValue l => l.Count == 0,
            MapValue m => m.Count == 0,
            var v => throw new ArmFunctionException($"expects a string, array or object, not {Describe(v)}"),
        }),
        ["first"] = (e, c, a) => Single(a) switch
        {
            StringValue s => e.Str(s.Value.Length > 0 ? s.Value[..1] : string.Empty),
            ListValue l => l.Count > 0 ? l.Items[0] : new NullValue(e.Range),
            var v => throw new ArmFunctionException($"expects a string or array, not {Describe(v)}"),
        },
        ["last"] = (e, c, a) => Single(a) switch
        {
            StringValue s => e.Str(s.Value.Length > 0 ? s.Value[^1..] : string.Empty),
            ListValue l => l.Count > 0 ? l.Items[^1] : new NullValue(e.Range),
            var v => throw new ArmFunctionException($"expects a string or array, not {Describe(v)}"),
        },
        ["take"] = (e, c, a) => TakeSkip(e, a, take: true),
        ["skip"] = (e, c, a) => TakeSkip(e, a, take: false),

        // Arrays and objects
        ["array"] = (e, c, a) => Single(a) is ListValue l ? l : e.List([Single(a)]),
        ["createarray"] = (e, c, a) => e.List(a),
        ["createobject"] = CreateObject,
        ["union"] = Union,
        ["intersection"] = Intersection,
        ["range"] = Range_,
        ["min"] = (e, c, a) => MinMax(e, a, max: false),
        ["max"] = (e, c, a) => MinMax(e, a, max: true),
        ["items"] = (e, c, a) => e.List([.. Obj(a, 0, 1, 1).Entries.Select(entry => (Value)new MapValue([new("key", e.Str(entry.Key)), new("value", entry.Value)], e.Range))]),
        ["objectkeys"] = (e, c, a) => e.List([.. Obj(a, 0, 1, 1).Keys.Select(k => (Value)e.Str(k))]),
        ["join"] = (e, c, a) => e.Str(string.Join(Text(a, 1, 2, 2), Arr(a, 0).Items.Select(AsText))),
        ["json"] = (e, c, a) => ArmJson.Parse(Text(a, 0, 1, 1), e.Range),
        ["tryget"] = TryGet,
        ["distinct"] = (e, c, a) => e.List(Arr(a, 0, 1, 1).Items.Distinct(ValueEquality.Instance)),
        ["flatten"] = (e, c, a) => e.List(Arr(a, 0, 1, 1).Items.SelectMany(item => item is ListValue inner ? inner.Items : throw new ArmFunctionException($"expects an array of arrays, not one holding {Describe(item)}"))),
        ["tryindexfromend"] = (e, c, a) => Arr(a, 0, 2, 2) is var l && Int(a, 1) is var i && i >= 1 && i <= l.Count ? l.Items[l.Count - (int)i] : new NullValue(e.Range),
        ["indexfromend"] = (e, c, a) => Arr(a, 0, 2, 2) is var l && Int(a, 1) is var i && i >= 1 && i <= l.Count ? l.Items[l.Count - (int)i] : throw new ArmFunctionException("the index is outside the array"),

        // Comparison and logic
        ["equals"] = (e, c, a) => e.Bool(Arity(a, 2, 2, a) is var x && ValueEquality.Instance.Equals(x[0], x[1])),
        ["less"] = (e, c, a) => e.Bool(Compare(a) < 0),
        ["lessorequals"] = (e, c, a) => e.Bool(Compare(a) <= 0),
        ["greater"] = (e, c, a) => e.Bool(Compare(a) > 0),
        ["greaterorequals"] = (e, c, a) => e.Bool(Compare(a) >= 0),
        ["not"] = (e, c, a) => e.Bool(!Boolean(a, 0, 1, 1)),
        ["bool"] = (e, c, a) => e.Bool(Single(a) switch
        {
            BoolValue b => b.Value,
            StringValue s when bool.TryParse(s.Value, out var parsed) => parsed,
            NumberValue n => n.Value != 0,
            var v => throw new ArmFunctionException($"cannot convert {Describe(v)} to a bool"),
        }),

        // Numbers
        ["add"] = (e, c, a) => e.Num(checked(Int(a, 0, 2, 2) + Int(a, 1))),
        ["sub"] = (e, c, a) => e.Num(checked(Int(a, 0, 2, 2) - Int(a, 1))),
        ["mul"] = (e, c, a) => e.Num(checked(Int(a, 0, 2, 2) * Int(a, 1))),
        ["div"] = (e, c, a) => Int(a, 1, 2, 2) == 0 ? throw new ArmFunctionException("division by zero") : e.Num(Int(a, 0) / Int(a, 1)),
        ["mod"] = (e, c, a) => Int(a, 1, 2, 2) == 0 ? throw new ArmFunctionException("division by zero") : e.Num(Int(a, 0) % Int(a, 1)),
        ["int"] = (e, c, a) => Single(a) switch
        {
            NumberValue n => e.Num((long)decimal.Truncate(n.Value)),
            StringValue s when long.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => e.Num(parsed),
            var v => throw new ArmFunctionException($"cannot convert {Describe(v)} to an integer"),
        },
        ["float"] = (e, c, a) => Single(a) switch
        {
            NumberValue n => n.WithRange(e.Range),
            StringValue s when decimal.TryParse(s.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => new NumberValue(parsed, e.Range),
            var v => throw new ArmFunctionException($"cannot convert {Describe(v)} to a number"),
        },
    }.ToFrozenDictionary();

    /// <summary>Every function name the evaluator knows, in lower case (for tests and documentation).</summary>
    public static IEnumerable<string> KnownFunctions =>
        LazyFunctions.Keys.Concat(ContextFunctions.Keys).Concat(Functions.Keys).Order(StringComparer.Ordinal);

    internal StringValue Str(string value) => new(value, Range);

    internal NumberValue Num(long value) => new(value, Range);

    internal BoolValue Bool(bool value) => new(value, Range);

    internal ListValue List(IEnumerable<Value> items) => new([.. items], Range);

    private static Value? Known(ArmExpressionEvaluator e, Args a) => a.Any(x => x is UnknownValue) ? UnknownValue.Combine(e.Range, a) : null;

    private static Value If(ArmExpressionEvaluator e, ArmFunctionCall c)
    {
        if (c.Arguments.Length != 3)
        {
            return e.Fail(c, "if expects 3 arguments: a condition, the value when true and the value when false");
        }

        var condition = e.Evaluate(c.Arguments[0]);
        switch (condition)
        {
            case BoolValue b:
                return e.Evaluate(c.Arguments[b.Value ? 1 : 2]);
            case UnknownValue u:
                var whenTrue = e.Evaluate(c.Arguments[1]);
                var whenFalse = e.Evaluate(c.Arguments[2]);
                return new UnknownValue(u.Reason, e.Range, u.References) { Alternatives = [whenTrue, whenFalse] };
            default:
                return e.Fail(c.Arguments[0], $"the condition of if must be a bool, not {Describe(condition)}");
        }
    }

    private static Value ShortCircuit(ArmExpressionEvaluator e, ArmFunctionCall c, bool stopOn)
    {
        if (c.Arguments.Length < 2)
        {
            return e.Fail(c, $"{c.Name} expects at least 2 arguments");
        }

        var unknowns = new List<Value>();
        foreach (var argument in c.Arguments)
        {
            var value = e.Evaluate(argument);
            switch (value)
            {
                case BoolValue b when b.Value == stopOn:
                    return e.Bool(stopOn);
                case BoolValue:
                    break;
                case UnknownValue:
                    unknowns.Add(value);
                    break;
                default:
                    return e.Fail(argument, $"{c.Name} expects bools, not {Describe(value)}");
            }
        }

        return unknowns.Count > 0 ? UnknownValue.Combine(e.Range, unknowns) : e.Bool(!stopOn);
    }

    private static Value Coalesce(ArmExpressionEvaluator e, ArmFunctionCall c)
    {
        if (c.Arguments.Length == 0)
        {
            return e.Fail(c, "coalesce expects at least 1 argument");
        }

        var unknowns = new List<Value>();
        foreach (var argument in c.Arguments)
        {
            var value = e.Evaluate(argument);
            if (value is UnknownValue)
            {
                unknowns.Add(value);
            }
            else if (value is not NullValue)
            {
                // An unknown before it may be null or not: the result is one of them.
                return unknowns.Count == 0 ? value : UnknownValue.Combine(e.Range, [.. unknowns, value]);
            }
        }

        return unknowns.Count > 0 ? UnknownValue.Combine(e.Range, unknowns) : new NullValue(e.Range);
    }

    private static Value CopyIndex(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        if (Known(e, a) is { } unknown)
        {
            return unknown;
        }

        return a.Length switch
        {
            0 => e.Context.CopyIndex(null, 0, e.Range),
            1 when a[0] is NumberValue n => e.Context.CopyIndex(null, (long)n.Value, e.Range),
            1 when a[0] is StringValue s => e.Context.CopyIndex(s.Value, 0, e.Range),
            2 when a[0] is StringValue s && a[1] is NumberValue n => e.Context.CopyIndex(s.Value, (long)n.Value, e.Range),
            _ => e.Fail(c, "copyIndex expects (), (offset), ('loopName') or ('loopName', offset)"),
        };
    }

    private static Value Concat(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        if (a.Length == 0)
        {
            throw new ArmFunctionException("expects at least 1 argument");
        }

        if (a[0] is ListValue)
        {
            return e.List(a.SelectMany(v => v is ListValue l ? l.Items : v is NullValue ? [] : throw new ArmFunctionException("cannot mix arrays and other values")));
        }

        return e.Str(string.Concat(a.Select(v => v is ListValue or MapValue ? throw new ArmFunctionException("cannot mix strings and arrays or objects") : AsText(v))));
    }

    private static Value Format(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var format = Text(a, 0, 1, int.MaxValue);
        var values = a.Skip(1).Select(v => (object?)(v switch
        {
            NumberValue n when n.IsInteger => (long)n.Value,
            NumberValue n => n.Value,
            BoolValue b => b.Value,
            NullValue => null,
            _ => AsText(v),
        })).ToArray();
        return e.Str(string.Format(CultureInfo.InvariantCulture, format, values));
    }

    private static Value Substring(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var text = Text(a, 0, 1, 3);
        var start = a.Length > 1 ? Int(a, 1) : 0;
        var length = a.Length > 2 ? Int(a, 2) : text.Length - start;
        if (start < 0 || start > text.Length || length < 0 || start + length > text.Length)
        {
            throw new ArmFunctionException($"the range {start}, {length} is outside the string of {text.Length} characters");
        }

        return e.Str(text.Substring((int)start, (int)length));
    }

    private static Value Split(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var text = Text(a, 0, 2, 2);
        string[] delimiters = a[1] is ListValue l ? [.. l.Items.Select(AsText)] : [Text(a, 1)];
        return e.List(text.Split(delimiters, StringSplitOptions.None).Select(part => (Value)e.Str(part)));
    }

    private static Value LastIndexOf(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var text = Text(a, 0, 2, 2);
        var find = Text(a, 1);
        return e.Num(find.Length == 0 ? text.Length - 1 : text.LastIndexOf(find, StringComparison.OrdinalIgnoreCase));
    }

    private static Value PadLeft(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        Arity(a, 2, 3, a);
        var text = AsText(a[0]);
        var width = Int(a, 1);
        var padding = a.Length > 2 ? Text(a, 2) : " ";
        if (padding.Length != 1)
        {
            throw new ArmFunctionException("the padding must be one character");
        }

        return e.Str(text.PadLeft((int)Math.Min(width, 16 * 1024), padding[0]));
    }

    private static Value DataUriToString(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var uri = Text(a, 0, 1, 1);
        var comma = uri.IndexOf(',');
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            throw new ArmFunctionException("expects a data URI such as data:text/plain;base64,SGVsbG8=");
        }

        var data = uri[(comma + 1)..];
        return e.Str(uri[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(data))
            : Uri.UnescapeDataString(data));
    }

    private static Value Length(ArmExpressionEvaluator e, ArmFunctionCall c, Args a) => e.Num(Single(a) switch
    {
        StringValue s => s.Value.Length,
        ListValue l => l.Count,
        MapValue m => m.Count,
        var v => throw new ArmFunctionException($"expects a string, array or object, not {Describe(v)}"),
    });

    private static Value Contains(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        Arity(a, 2, 2, a);
        return e.Bool(a[0] switch
        {
            StringValue s => s.Value.Contains(AsText(a[1]), StringComparison.Ordinal),
            ListValue l => l.Items.Contains(a[1], ValueEquality.Instance),
            MapValue m => m.Keys.Any(k => string.Equals(k, AsText(a[1]), StringComparison.OrdinalIgnoreCase)),
            var v => throw new ArmFunctionException($"expects a string, array or object, not {Describe(v)}"),
        });
    }

    private static Value TakeSkip(ArmExpressionEvaluator e, Args a, bool take)
    {
        Arity(a, 2, 2, a);
        var count = Int(a, 1);
        switch (a[0])
        {
            case StringValue s:
                var n = (int)Math.Clamp(count, 0, s.Value.Length);
                return e.Str(take ? s.Value[..n] : s.Value[n..]);
            case ListValue l:
                var m = (int)Math.Clamp(count, 0, l.Count);
                return e.List(take ? l.Items.Take(m) : l.Items.Skip(m));
            default:
                throw new ArmFunctionException($"expects a string or array, not {Describe(a[0])}");
        }
    }

    private static Value CreateObject(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        if (a.Length % 2 != 0)
        {
            throw new ArmFunctionException("expects pairs of a key and a value");
        }

        var entries = new List<KeyValuePair<string, Value>>();
        for (var i = 0; i < a.Length; i += 2)
        {
            entries.Add(new(Text(a, i), a[i + 1]));
        }

        return new MapValue(entries, e.Range);
    }

    private static Value Union(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        Arity(a, 1, int.MaxValue, a);
        if (a.All(v => v is ListValue))
        {
            return e.List(a.SelectMany(v => ((ListValue)v).Items).Distinct(ValueEquality.Instance));
        }

        if (a.All(v => v is MapValue or NullValue))
        {
            MapValue result = new([], e.Range);
            foreach (var map in a.OfType<MapValue>())
            {
                result = Merge(result, map);
            }

            return result;
        }

        throw new ArmFunctionException("expects only arrays or only objects");
    }

    /// <summary>Later keys win; nested objects are merged recursively, as ARM's union does.</summary>
    private static MapValue Merge(MapValue into, MapValue from)
    {
        foreach (var (key, value) in from.Entries)
        {
            into = into.TryGetValue(key, out var existing) && existing is MapValue a && value is MapValue b
                ? into.SetItem(key, Merge(a, b))
                : into.SetItem(key, value);
        }

        return into;
    }

    private static Value Intersection(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        Arity(a, 2, int.MaxValue, a);
        if (a.All(v => v is ListValue))
        {
            var lists = a.Cast<ListValue>().ToList();
            return e.List(lists[0].Items.Distinct(ValueEquality.Instance).Where(item => lists.Skip(1).All(l => l.Items.Contains(item, ValueEquality.Instance))));
        }

        if (a.All(v => v is MapValue))
        {
            var maps = a.Cast<MapValue>().ToList();
            return new MapValue(maps[0].Entries.Where(entry => maps.Skip(1).All(m => m.TryGetValue(entry.Key, out var other) && ValueEquality.Instance.Equals(other, entry.Value))), e.Range);
        }

        throw new ArmFunctionException("expects only arrays or only objects");
    }

    private static Value Range_(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        var start = Int(a, 0, 2, 2);
        var count = Int(a, 1);
        if (count < 0 || count > 10000)
        {
            throw new ArmFunctionException("the count must be between 0 and 10000");
        }

        return e.List(Enumerable.Range(0, (int)count).Select(i => (Value)e.Num(start + i)));
    }

    private static Value MinMax(ArmExpressionEvaluator e, Args a, bool max)
    {
        Arity(a, 1, int.MaxValue, a);
        var items = a.Length == 1 && a[0] is ListValue l ? l.Items : a;
        if (items.Length == 0)
        {
            throw new ArmFunctionException("expects at least one integer");
        }

        var numbers = items.Select(v => v is NumberValue n ? n.Value : throw new ArmFunctionException($"expects integers, not {Describe(v)}")).ToList();
        return new NumberValue(max ? numbers.Max() : numbers.Min(), e.Range);
    }

    private static Value TryGet(ArmExpressionEvaluator e, ArmFunctionCall c, Args a)
    {
        Arity(a, 2, int.MaxValue, a);
        var current = a[0];
        foreach (var key in a.Skip(1))
        {
            current = (current, key) switch
            {
                (MapValue m, StringValue s) => m.Entries.FirstOrDefault(entry => string.Equals(entry.Key, s.Value, StringComparison.OrdinalIgnoreCase)).Value ?? new NullValue(e.Range),
                (ListValue l, NumberValue n) => n.Value >= 0 && n.Value < l.Count ? l.Items[(int)n.Value] : new NullValue(e.Range),
                _ => new NullValue(e.Range),
            };
        }

        return current;
    }

    private static int Compare(Args a)
    {
        Arity(a, 2, 2, a);
        return (a[0], a[1]) switch
        {
            (NumberValue x, NumberValue y) => x.Value.CompareTo(y.Value),
            (StringValue x, StringValue y) => string.CompareOrdinal(x.Value, y.Value),
            _ => throw new ArmFunctionException($"compares two integers or two strings, not {Describe(a[0])} and {Describe(a[1])}"),
        };
    }

    /// <summary>The text ARM gives a value in <c>string()</c>, <c>concat</c> and <c>format</c>: JSON for arrays and objects.</summary>
    internal static string AsText(Value value) => value switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "True" : "False",
        NullValue => string.Empty,
        ListValue or MapValue => ArmJson.Serialize(value),
        _ => throw new ArmFunctionException($"cannot convert {Describe(value)} to a string"),
    };

    private static T Arity<T>(Args a, int min, int max, T result) =>
        a.Length >= min && a.Length <= max
            ? result
            : throw new ArmFunctionException(min == max ? $"expects {min} argument{(min == 1 ? string.Empty : "s")}, not {a.Length}" : $"expects {min} to {(max == int.MaxValue ? "any number of" : max)} arguments, not {a.Length}");

    private static Value Single(Args a) => Arity(a, 1, 1, a)[0];

    private static string Text(Args a, int index, int min = 0, int max = int.MaxValue)
    {
        Arity(a, Math.Max(min, index + 1), Math.Max(max, index + 1), a);
        return a[index] is StringValue s ? s.Value : throw new ArmFunctionException($"argument {index + 1} must be a string, not {Describe(a[index])}");
    }

    private static IEnumerable<string> Texts(Args a, string name)
    {
        Arity(a, 1, int.MaxValue, a);
        return a.Select((v, i) => v is StringValue s ? s.Value : throw new ArmFunctionException($"argument {i + 1} must be a string, not {Describe(v)}"));
    }

    private static long Int(Args a, int index, int min = 0, int max = int.MaxValue)
    {
        Arity(a, Math.Max(min, index + 1), Math.Max(max, index + 1), a);
        return a[index] is NumberValue { IsInteger: true } n ? (long)n.Value : throw new ArmFunctionException($"argument {index + 1} must be an integer, not {Describe(a[index])}");
    }

    private static bool Boolean(Args a, int index, int min = 0, int max = int.MaxValue)
    {
        Arity(a, Math.Max(min, index + 1), Math.Max(max, index + 1), a);
        return a[index] is BoolValue b ? b.Value : throw new ArmFunctionException($"argument {index + 1} must be a bool, not {Describe(a[index])}");
    }

    private static ListValue Arr(Args a, int index, int min = 0, int max = int.MaxValue)
    {
        Arity(a, Math.Max(min, index + 1), Math.Max(max, index + 1), a);
        return a[index] is ListValue l ? l : throw new ArmFunctionException($"argument {index + 1} must be an array, not {Describe(a[index])}");
    }

    private static MapValue Obj(Args a, int index, int min = 0, int max = int.MaxValue)
    {
        Arity(a, Math.Max(min, index + 1), Math.Max(max, index + 1), a);
        return a[index] is MapValue m ? m : throw new ArmFunctionException($"argument {index + 1} must be an object, not {Describe(a[index])}");
    }
}
