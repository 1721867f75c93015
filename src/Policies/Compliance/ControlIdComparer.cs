namespace PolicyScan.Policies.Compliance;

/// <summary>
/// Orders control ids naturally: runs of digits compare as numbers, so <c>8.3</c> comes before <c>8.24</c> and
/// <c>164.308(a)(1)(ii)(D)</c> before <c>164.312(a)(1)</c>; everything else compares ordinally.
/// </summary>
public sealed class ControlIdComparer : IComparer<string>
{
    public static ControlIdComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var endX = EndOfDigits(x, i);
                var endY = EndOfDigits(y, j);
                var byNumber = CompareNumbers(x.AsSpan(i, endX - i), y.AsSpan(j, endY - j));
                if (byNumber != 0)
                {
                    return byNumber;
                }

                i = endX;
                j = endY;
                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int EndOfDigits(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Compares digit runs as numbers of any length: leading zeros aside, the longer run is the larger number.</summary>
    private static int CompareNumbers(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        x = x.TrimStart('0');
        y = y.TrimStart('0');
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : x.SequenceCompareTo(y);
    }
}
