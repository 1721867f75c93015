namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>The kinds of token the native-syntax lexer produces.</summary>
internal enum TokenKind : byte
{
    EndOfFile,
    Newline,
    Identifier,
    Number,

    // Punctuation and operators.
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Comma,
    Dot,
    Ellipsis,
    Colon,
    DoubleColon,
    Question,
    Equal,
    FatArrow,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Bang,
    AndAnd,
    OrOr,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,

    // Templates.
    OpenQuote,
    CloseQuote,

    /// <summary><c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c> with the newline that ends its line.</summary>
    OpenHeredoc,

    /// <summary>The closing marker of a heredoc (without the spaces before it).</summary>
    CloseHeredoc,

    /// <summary>Literal text of a quoted template, still holding its backslash escapes.</summary>
    QuotedLiteral,

    /// <summary>Literal text of a heredoc line or of a bare template; no backslash escapes.</summary>
    StringLiteral,

    /// <summary><c>${</c> or <c>${~</c>.</summary>
    TemplateInterpolation,

    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    TemplateControl,

    /// <summary>The <c>}</c> or <c>~}</c> that ends an interpolation or a directive.</summary>
    TemplateSequenceEnd,

    /// <summary>A character that starts no token.</summary>
    Invalid,
}
