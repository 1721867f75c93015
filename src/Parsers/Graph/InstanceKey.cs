using System.Globalization;

namespace PolicyScan.Parsers.Graph;

/// <summary>The key of one instance made by <c>count</c> (a number), <c>for_each</c> (a string) or a copy loop.</summary>
public readonly record struct InstanceKey
{
    private InstanceKey(int? index, string? key)
    {
        Index = index;
        Key = key;
    }

    public static InstanceKey None => default;

    public int? Index { get; }

    public string? Key { get; }

    public bool IsNone => Index is null && Key is null;

    public static InstanceKey FromIndex(int index) => new(index, null);

    public static InstanceKey FromKey(string key) => new(null, key);

    /// <summary>The address suffix: <c>[0]</c>, <c>["a"]</c>, or nothing.</summary>
    public override string ToString() =>
        Index is { } index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]"
        : Key is { } key ? $"[\"{key.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]"
        : string.Empty;
}
