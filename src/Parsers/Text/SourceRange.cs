namespace PolicyScan.Parsers.Text;

/// <summary>
/// A span in a particular file: what every value, node, finding and diagnostic points at.
/// <see cref="None"/> is for values made by the tool itself (for example a function's result with no source).
/// </summary>
public readonly record struct SourceRange(SourceFile? File, TextSpan Span)
{
    public static SourceRange None => default;

    public bool IsNone => File is null;

    public int Start => Span.Start;

    public int End => Span.End;

    public LinePosition StartPosition => File?.PositionOf(Span.Start) ?? default;

    public LinePosition EndPosition => File?.PositionOf(Span.End) ?? default;

    public bool Contains(SourceRange other) => File is not null && ReferenceEquals(File, other.File) && Span.Contains(other.Span);

    public SourceRange Union(SourceRange other)
    {
        if (IsNone)
        {
            return other;
        }

        return other.IsNone || !ReferenceEquals(File, other.File) ? this : new SourceRange(File, Span.Union(other.Span));
    }

    /// <summary>A zero-length range at the start of this one, for "missing" things reported at a block.</summary>
    public SourceRange StartPoint => new(File, new TextSpan(Span.Start, Span.Start));

    public string Text => File is null ? string.Empty : File.Text.Substring(Span.Start, Span.Length);

    public override string ToString()
    {
        if (File is null)
        {
            return "<none>";
        }

        var start = StartPosition;
        return $"{File.Path}:{start.Line}:{start.Column}";
    }
}
