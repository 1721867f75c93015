using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>A token: its kind and where it is. The text is sliced from the source only when needed.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;

    public string Text(string source) => source.Substring(Start, End - Start);

    public ReadOnlySpan<char> Slice(string source) => source.AsSpan(Start, End - Start);

    /// <summary>True for the <c>~</c> strip marker on a template opener (<c>${~</c>) or closer (<c>~}</c>).</summary>
    public bool HasStripMarker => Kind switch
    {
        TokenKind.TemplateInterpolation or TokenKind.TemplateControl => Length == 3,
        TokenKind.TemplateSequenceEnd => Length == 2,
        _ => false,
    };
}
