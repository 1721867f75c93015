namespace PolicyScan.Parsers.Text;

/// <summary>A half-open range of offsets [Start, End) in one source text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan FromBounds(int start, int end) => new(start, end);

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
