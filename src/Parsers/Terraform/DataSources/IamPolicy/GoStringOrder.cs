namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Go compares strings by their UTF-8 bytes, which is code point order. .NET's ordinal order compares
/// UTF-16 code units and differs for characters beyond the Basic Multilingual Plane, so the provider's
/// sorting (set elements, map keys) is reproduced with this comparer.
/// </summary>
internal sealed class GoStringOrder : IComparer<string>
{
    public static readonly GoStringOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = CodePointAt(x, ref i);
            var b = CodePointAt(y, ref j);
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int CodePointAt(string text, ref int index)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            index += 2;
            return codePoint;
        }

        // A lone surrogate is written as U+FFFD by Go; comparing it as itself is close enough for ordering.
        return text[index++];
    }
}
