namespace PolicyScan.Parsers.Graph;

/// <summary>Structural equality of values, ignoring where they were written. Unknown equals nothing.</summary>
public sealed class ValueEquality : IEqualityComparer<Value>
{
    public static readonly ValueEquality Instance = new();

    public bool Equals(Value? x, Value? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        switch (x, y)
        {
            case (NullValue, NullValue):
            case (MissingValue, MissingValue):
                return true;
            case (BoolValue a, BoolValue b):
                return a.Value == b.Value;
            case (NumberValue a, NumberValue b):
                return a.Value == b.Value;
            case (StringValue a, StringValue b):
                return string.Equals(a.Value, b.Value, StringComparison.Ordinal);
            case (ListValue a, ListValue b):
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!Equals(a.Items[i], b.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (MapValue a, MapValue b):
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (a.Entries[i].Key != b.Entries[i].Key || !Equals(a.Entries[i].Value, b.Entries[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    public int GetHashCode(Value obj) => obj switch
    {
        BoolValue b => b.Value ? 1 : 2,
        NumberValue n => n.Value.GetHashCode(),
        StringValue s => StringComparer.Ordinal.GetHashCode(s.Value),
        ListValue l => l.Items.Aggregate(17, (h, v) => (h * 31) + GetHashCode(v)),
        MapValue m => m.Entries.Aggregate(19, (h, e) => (h * 31) + StringComparer.Ordinal.GetHashCode(e.Key) + GetHashCode(e.Value)),
        _ => (int)obj.Kind,
    };
}
