using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Turns a span of source text into tokens in one pass. It keeps a stack of modes because the same character means
/// different things in expressions and in templates: a <c>}</c> closes an object, or ends an interpolation and
/// returns to the string around it. Comments are collected as trivia, not tokens; newlines are tokens.
/// </summary>
internal sealed class NativeLexer
{
    private readonly SourceFile file;
    private readonly string text;
    private readonly int end;
    private readonly DiagnosticBag diagnostics;
    private readonly List<Token> tokens;
    private readonly List<Comment> comments;
    private readonly List<Frame> modes = [];
    private int position;

    private NativeLexer(SourceFile file, TextSpan span, DiagnosticBag diagnostics, List<Comment> comments)
    {
        this.file = file;
        text = file.Text;
        end = span.End;
        position = span.Start;
        this.diagnostics = diagnostics;
        this.comments = comments;

        // Source text averages about one token per five characters; guessing avoids most regrowth.
        tokens = new List<Token>(Math.Max(16, span.Length / 5));
    }

    private enum Mode : byte
    {
        /// <summary>Expression text between <c>{</c> and <c>}</c> of an object or block.</summary>
        Braces,

        /// <summary>Expression text inside <c>${ }</c> or <c>%{ }</c>.</summary>
        TemplateSequence,
        QuotedTemplate,
        Heredoc,

        /// <summary>Template content with no delimiters (templatefile(), JSON strings).</summary>
        BareTemplate,
    }

    /// <summary>Lexes <paramref name="span"/> as configuration or expression text.</summary>
    public static List<Token> Tokenize(SourceFile file, TextSpan span, DiagnosticBag diagnostics, List<Comment> comments)
    {
        var lexer = new NativeLexer(file, span, diagnostics, comments);
        lexer.Run();
        return lexer.tokens;
    }

    /// <summary>Lexes <paramref name="span"/> as template content without quotes.</summary>
    public static List<Token> TokenizeTemplate(SourceFile file, TextSpan span, DiagnosticBag diagnostics, List<Comment> comments)
    {
        var lexer = new NativeLexer(file, span, diagnostics, comments);
        lexer.modes.Add(new Frame(Mode.BareTemplate));
        lexer.Run();
        return lexer.tokens;
    }

    private void Run()
    {
        while (position < end)
        {
            if (modes.Count == 0)
            {
                LexExpressionToken();
                continue;
            }

            switch (modes[^1].Kind)
            {
                case Mode.QuotedTemplate:
                    LexQuotedTemplate();
                    break;
                case Mode.Heredoc:
                    LexHeredoc();
                    break;
                case Mode.BareTemplate:
                    LexBareTemplate();
                    break;
                default:
                    LexExpressionToken();
                    break;
            }
        }

        tokens.Add(new Token(TokenKind.EndOfFile, end, end));
    }

    private char At(int index) => index < end ? text[index] : '\0';

    private void Emit(TokenKind kind, int start, int stop)
    {
        tokens.Add(new Token(kind, start, stop));
        position = stop;
    }

    private void LexExpressionToken()
    {
        var start = position;
        var c = text[position];
        switch (c)
        {
            case ' ' or '\t':
                position++;
                while (position < end && text[position] is ' ' or '\t')
                {
                    position++;
                }

                return;
            case '\n':
                Emit(TokenKind.Newline, start, start + 1);
                return;
            case '\r':
                // CRLF is one newline; a lone CR counts as one too, as the line map does.
                Emit(TokenKind.Newline, start, At(start + 1) == '\n' ? start + 2 : start + 1);
                return;
            case '#':
                LexLineComment(start);
                return;
            case '/' when At(start + 1) == '/':
                LexLineComment(start);
                return;
            case '/' when At(start + 1) == '*':
                LexBlockComment(start);
                return;
            case '"':
                Emit(TokenKind.OpenQuote, start, start + 1);
                modes.Add(new Frame(Mode.QuotedTemplate));
                return;
            case '<' when At(start + 1) == '<' && TryLexHeredocOpener(start):
                return;
            case '{':
                Emit(TokenKind.OpenBrace, start, start + 1);
                modes.Add(new Frame(Mode.Braces));
                return;
            case '}':
                CloseBrace(start, start);
                return;
            case '~' when At(start + 1) == '}' && InTemplateSequence:
                CloseBrace(start, start + 1);
                return;
            case '[':
                Emit(TokenKind.OpenBracket, start, start + 1);
                return;
            case ']':
                Emit(TokenKind.CloseBracket, start, start + 1);
                return;
            case '(':
                Emit(TokenKind.OpenParen, start, start + 1);
                return;
            case ')':
                Emit(TokenKind.CloseParen, start, start + 1);
                return;
            case ',':
                Emit(TokenKind.Comma, start, start + 1);
                return;
            case '.':
                if (At(start + 1) == '.' && At(start + 2) == '.')
                {
                    Emit(TokenKind.Ellipsis, start, start + 3);
                }
                else
                {
                    Emit(TokenKind.Dot, start, start + 1);
                }

                return;
            case ':':
                EmitOneOrTwo(':', TokenKind.DoubleColon, TokenKind.Colon);
                return;
            case '?':
                Emit(TokenKind.Question, start, start + 1);
                return;
            case '=':
                if (At(start + 1) == '>')
                {
                    Emit(TokenKind.FatArrow, start, start + 2);
                }
                else
                {
                    EmitOneOrTwo('=', TokenKind.EqualEqual, TokenKind.Equal);
                }

                return;
            case '!':
                EmitOneOrTwo('=', TokenKind.NotEqual, TokenKind.Bang);
                return;
            case '<':
                EmitOneOrTwo('=', TokenKind.LessEqual, TokenKind.Less);
                return;
            case '>':
                EmitOneOrTwo('=', TokenKind.GreaterEqual, TokenKind.Greater);
                return;
            case '&' when At(start + 1) == '&':
                Emit(TokenKind.AndAnd, start, start + 2);
                return;
            case '|' when At(start + 1) == '|':
                Emit(TokenKind.OrOr, start, start + 2);
                return;
            case '+':
                Emit(TokenKind.Plus, start, start + 1);
                return;
            case '-':
                Emit(TokenKind.Minus, start, start + 1);
                return;
            case '*':
                Emit(TokenKind.Star, start, start + 1);
                return;
            case '/':
                Emit(TokenKind.Slash, start, start + 1);
                return;
            case '%':
                Emit(TokenKind.Percent, start, start + 1);
                return;
            case >= '0' and <= '9':
                LexNumber(start);
                return;
            case '\uFEFF' when start == 0:
                // A byte order mark that survived decoding carries no meaning; skip it.
                position++;
                return;
        }

        var identifierStart = IdentifierCharacters.StartLength(text, start, end);
        if (identifierStart > 0)
        {
            LexIdentifier(start, identifierStart);
            return;
        }

        // One whole code point, so that a surrogate pair is reported as one character.
        Emit(TokenKind.Invalid, start, char.IsHighSurrogate(c) && char.IsLowSurrogate(At(start + 1)) ? start + 2 : start + 1);
    }

    private bool InTemplateSequence => modes.Count > 0 && modes[^1].Kind == Mode.TemplateSequence;

    private void EmitOneOrTwo(char second, TokenKind twoCharacterKind, TokenKind oneCharacterKind)
    {
        if (At(position + 1) == second)
        {
            Emit(twoCharacterKind, position, position + 2);
        }
        else
        {
            Emit(oneCharacterKind, position, position + 1);
        }
    }

    /// <summary>A <c>}</c> (or <c>~}</c>) closes the innermost brace: an object, a block, or a template sequence.</summary>
    private void CloseBrace(int start, int bracePosition)
    {
        if (modes.Count > 0 && modes[^1].Kind == Mode.TemplateSequence)
        {
            modes.RemoveAt(modes.Count - 1);
            Emit(TokenKind.TemplateSequenceEnd, start, bracePosition + 1);
            return;
        }

        if (modes.Count > 0 && modes[^1].Kind == Mode.Braces)
        {
            modes.RemoveAt(modes.Count - 1);
        }

        Emit(TokenKind.CloseBrace, start, bracePosition + 1);
    }

    private void LexIdentifier(int start, int firstLength)
    {
        var index = start + firstLength;
        while (index < end)
        {
            var c = text[index];
            if (c < 0x80)
            {
                if (!IdentifierCharacters.IsAsciiContinue(c))
                {
                    break;
                }

                index++;
                continue;
            }

            var length = IdentifierCharacters.ContinueLength(text, index, end);
            if (length == 0)
            {
                break;
            }

            index += length;
        }

        Emit(TokenKind.Identifier, start, index);
    }

    private void LexNumber(int start)
    {
        var index = SkipDigits(start);
        if (At(index) == '.' && IsDigit(At(index + 1)))
        {
            index = SkipDigits(index + 1);
        }

        if (At(index) is 'e' or 'E')
        {
            var exponent = index + 1;
            if (At(exponent) is '+' or '-')
            {
                exponent++;
            }

            if (IsDigit(At(exponent)))
            {
                index = SkipDigits(exponent);
            }
        }

        Emit(TokenKind.Number, start, index);
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private int SkipDigits(int index)
    {
        while (index < end && IsDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    private void LexLineComment(int start)
    {
        var index = start;
        while (index < end && text[index] is not ('\n' or '\r'))
        {
            index++;
        }

        comments.Add(new Comment(text.Substring(start, index - start), new SourceRange(file, new TextSpan(start, index))));
        position = index;
    }

    private void LexBlockComment(int start)
    {
        var close = text.IndexOf("*/", start + 2, end - start - 2, StringComparison.Ordinal);
        var stop = close < 0 ? end : close + 2;
        if (close < 0)
        {
            diagnostics.Add(DiagnosticCatalog.UnterminatedComment, new SourceRange(file, new TextSpan(start, start + 2)));
        }

        comments.Add(new Comment(text.Substring(start, stop - start), new SourceRange(file, new TextSpan(start, stop))));
        position = stop;
    }

    /// <summary><c>&lt;&lt;ID</c> or <c>&lt;&lt;-ID</c> directly followed by a newline opens a heredoc.</summary>
    private bool TryLexHeredocOpener(int start)
    {
        var index = start + 2;
        var flush = At(index) == '-';
        if (flush)
        {
            index++;
        }

        if (index >= end)
        {
            return false;
        }

        var firstLength = IdentifierCharacters.StartLength(text, index, end);
        if (firstLength == 0)
        {
            return false;
        }

        var markerStart = index;
        index += firstLength;
        while (index < end && IdentifierCharacters.ContinueLength(text, index, end) is var length && length > 0)
        {
            index += length;
        }

        var markerEnd = index;
        if (At(index) == '\r' && At(index + 1) == '\n')
        {
            index += 2;
        }
        else if (At(index) == '\n')
        {
            index++;
        }
        else
        {
            return false;
        }

        Emit(TokenKind.OpenHeredoc, start, index);
        modes.Add(new Frame(Mode.Heredoc, markerStart, markerEnd, AtLineStart: true));
        return true;
    }

    private void LexQuotedTemplate()
    {
        var start = position;
        var index = position;
        while (index < end)
        {
            var c = text[index];
            switch (c)
            {
                case '"':
                    EmitLiteral(TokenKind.QuotedLiteral, start, index);
                    Emit(TokenKind.CloseQuote, index, index + 1);
                    modes.RemoveAt(modes.Count - 1);
                    return;
                case '\n' or '\r':
                    // A quoted string cannot span lines: leave the newline to the expression lexer and let the
                    // parser report the missing quote.
                    EmitLiteral(TokenKind.QuotedLiteral, start, index);
                    position = index;
                    modes.RemoveAt(modes.Count - 1);
                    return;
                case '\\':
                    index += At(index + 1) is '\n' or '\r' or '\0' ? 1 : 2;
                    continue;
                case '$' or '%' when TryLexTemplateOpener(TokenKind.QuotedLiteral, start, index, out var skip):
                    if (skip == 0)
                    {
                        return;
                    }

                    index += skip;
                    continue;
            }

            index++;
        }

        EmitLiteral(TokenKind.QuotedLiteral, start, end);
        position = end;
        modes.RemoveAt(modes.Count - 1);
    }

    private void LexHeredoc()
    {
        var frame = modes[^1];
        if (frame.AtLineStart && TryLexHeredocCloser(frame))
        {
            return;
        }

        var start = position;
        var index = position;
        while (index < end)
        {
            var c = text[index];
            if (c == '\n')
            {
                EmitLiteral(TokenKind.StringLiteral, start, index + 1);
                position = index + 1;
                modes[^1] = frame with { AtLineStart = true };
                return;
            }

            if (c is '$' or '%' && TryLexTemplateOpener(TokenKind.StringLiteral, start, index, out var skip))
            {
                if (skip == 0)
                {
                    modes[^2] = frame with { AtLineStart = false };
                    return;
                }

                index += skip;
                continue;
            }

            index++;
        }

        // End of input inside the heredoc: the parser reports the missing marker.
        EmitLiteral(TokenKind.StringLiteral, start, end);
        position = end;
        modes.RemoveAt(modes.Count - 1);
    }

    /// <summary>A line holding only the marker, after optional spaces, ends the heredoc.</summary>
    private bool TryLexHeredocCloser(Frame frame)
    {
        var index = position;
        while (index < end && text[index] is ' ' or '\t')
        {
            index++;
        }

        var markerLength = frame.MarkerEnd - frame.MarkerStart;
        if (index + markerLength > end
            || string.CompareOrdinal(text, index, text, frame.MarkerStart, markerLength) != 0
            || At(index + markerLength) is not ('\n' or '\r' or '\0'))
        {
            return false;
        }

        Emit(TokenKind.CloseHeredoc, index, index + markerLength);
        modes.RemoveAt(modes.Count - 1);
        return true;
    }

    private void LexBareTemplate()
    {
        var start = position;
        var index = position;
        while (index < end)
        {
            if (text[index] is '$' or '%' && TryLexTemplateOpener(TokenKind.StringLiteral, start, index, out var skip))
            {
                if (skip == 0)
                {
                    return;
                }

                index += skip;
                continue;
            }

            index++;
        }

        EmitLiteral(TokenKind.StringLiteral, start, end);
        position = end;
    }

    /// <summary>
    /// At a <c>$</c> or <c>%</c> in template text: <c>$${</c> and <c>%%{</c> are escapes that stay in the literal
    /// (<paramref name="skip"/> is 3); <c>${</c> and <c>%{</c> end the literal and open a sequence (skip is 0).
    /// </summary>
    private bool TryLexTemplateOpener(TokenKind literalKind, int literalStart, int index, out int skip)
    {
        var c = text[index];
        skip = 0;
        if (At(index + 1) == c && At(index + 2) == '{')
        {
            skip = 3;
            return true;
        }

        if (At(index + 1) != '{')
        {
            return false;
        }

        EmitLiteral(literalKind, literalStart, index);
        var stop = At(index + 2) == '~' ? index + 3 : index + 2;
        Emit(c == '$' ? TokenKind.TemplateInterpolation : TokenKind.TemplateControl, index, stop);
        modes.Add(new Frame(Mode.TemplateSequence));
        return true;
    }

    private void EmitLiteral(TokenKind kind, int start, int stop)
    {
        if (stop > start)
        {
            tokens.Add(new Token(kind, start, stop));
        }
    }

    /// <summary>One mode on the stack; a heredoc remembers its marker and whether the next character starts a line.</summary>
    private readonly record struct Frame(Mode Kind, int MarkerStart = 0, int MarkerEnd = 0, bool AtLineStart = false);
}
