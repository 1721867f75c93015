using System.Runtime.CompilerServices;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Recursive-descent parser for the native syntax over the tokens of <see cref="NativeLexer"/>. It never throws on
/// input: each problem becomes a coded diagnostic, a missing piece becomes a zero-length node, and the parser
/// resynchronises at the next line, <c>}</c> or <c>]</c>. After the first error of a body item, further errors of
/// that item are suppressed (they are almost always echoes of the first), until the next item starts.
/// This file holds the token cursor, error reporting and recovery; the grammar is split by area in the other parts.
/// </summary>
internal sealed partial class NativeParser
{
    /// <summary>Deeper nesting than any real configuration; beyond it we stop instead of overflowing the stack.</summary>
    public const int MaxNestingDepth = 512;

    private readonly SourceFile file;
    private readonly string text;
    private readonly List<Token> tokens;
    private readonly DiagnosticBag diagnostics;
    private int index;
    private int depth;
    private bool newlinesSignificant = true;
    private bool recovering;

    public NativeParser(SourceFile file, List<Token> tokens, DiagnosticBag diagnostics)
    {
        this.file = file;
        text = file.Text;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    /// <summary>The next token; newlines are skipped where the current bracket makes them insignificant.</summary>
    private Token Peek()
    {
        if (!newlinesSignificant)
        {
            while (tokens[index].Kind == TokenKind.Newline)
            {
                index++;
            }
        }

        return tokens[index];
    }

    private TokenKind PeekKind() => Peek().Kind;

    /// <summary>The token after the next one, with newlines skipped or not as <see cref="Peek"/> does.</summary>
    private Token PeekSecond()
    {
        var current = Peek();
        if (current.Kind == TokenKind.EndOfFile)
        {
            return current;
        }

        var next = index + 1;
        while (!newlinesSignificant && tokens[next].Kind == TokenKind.Newline)
        {
            next++;
        }

        return tokens[next];
    }

    private Token Read()
    {
        var token = Peek();
        if (token.Kind != TokenKind.EndOfFile)
        {
            index++;
        }

        return token;
    }

    /// <summary>The end offset of the last token consumed.</summary>
    private int PreviousEnd => index > 0 ? tokens[index - 1].End : tokens[0].Start;

    private bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Identifier && token.Slice(text).SequenceEqual(keyword);

    private SourceRange RangeOf(int start, int end) => new(file, new TextSpan(start, end));

    private SourceRange RangeOf(Token token) => RangeOf(token.Start, token.End);

    private ErrorExpression MissingExpressionAt(int offset) => new(RangeOf(offset, offset));

    /// <summary>Switches newline significance, returning the previous setting for <see cref="RestoreNewlines"/>.</summary>
    private bool SetNewlines(bool significant)
    {
        var previous = newlinesSignificant;
        newlinesSignificant = significant;
        return previous;
    }

    private void RestoreNewlines(bool previous) => newlinesSignificant = previous;

    /// <summary>Reports a syntax error that leaves the parser out of step; later errors of this item are echoes.</summary>
    private void Report(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args)
    {
        if (!recovering)
        {
            diagnostics.Add(descriptor, range, args);
        }

        recovering = true;
    }

    /// <summary>Reports a problem that does not disturb parsing (a bad escape, a duplicate argument).</summary>
    private void ReportInPlace(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args)
    {
        if (!recovering)
        {
            diagnostics.Add(descriptor, range, args);
        }
    }

    /// <summary>Reports an unexpected token, naming an invalid character as such.</summary>
    private void ReportUnexpected(DiagnosticDescriptor descriptor, Token token)
    {
        if (token.Kind == TokenKind.Invalid)
        {
            Report(DiagnosticCatalog.InvalidCharacter, RangeOf(token), Describe(token));
        }
        else
        {
            Report(descriptor, RangeOf(token), Describe(token));
        }
    }

    /// <summary>Reports that <paramref name="expected"/> was wanted where <paramref name="found"/> stands.</summary>
    private void ReportExpected(DiagnosticDescriptor descriptor, string expected, Token found)
    {
        if (found.Kind == TokenKind.Invalid)
        {
            Report(DiagnosticCatalog.InvalidCharacter, RangeOf(found), Describe(found));
        }
        else
        {
            Report(descriptor, RangeOf(found), expected, Describe(found));
        }
    }

    /// <summary>Words for a token in a message: <c>found 'x'</c>, <c>found the end of the line</c>.</summary>
    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "the end of the file",
        TokenKind.Newline => "the end of the line",
        TokenKind.Identifier => $"'{token.Text(text)}'",
        TokenKind.Number => $"the number {token.Text(text)}",
        TokenKind.OpenQuote => "a string",
        TokenKind.OpenHeredoc => "a heredoc",
        TokenKind.QuotedLiteral or TokenKind.StringLiteral => "text",
        TokenKind.Invalid => $"'{token.Text(text)}' (U+{char.ConvertToUtf32(token.Text(text), 0):X4})",
        _ => $"'{token.Text(text)}'",
    };

    /// <summary>
    /// Enters one level of nesting (a block, a bracket, an operand). Past the limit, or when the thread's stack runs
    /// low, reports once and answers false so that the caller stops descending.
    /// </summary>
    private bool EnterNesting()
    {
        depth++;
        if (depth <= MaxNestingDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        depth--;
        Report(DiagnosticCatalog.NestingTooDeep, RangeOf(Peek()), MaxNestingDepth);
        return false;
    }

    private void ExitNesting() => depth--;

    private static bool IsOpener(TokenKind kind) => kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen
        or TokenKind.TemplateInterpolation or TokenKind.TemplateControl;

    private static bool IsCloser(TokenKind kind) => kind is TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen
        or TokenKind.TemplateSequenceEnd;

    /// <summary>
    /// Skips to the <paramref name="closer"/> that matches an already-open bracket and consumes it, stepping over
    /// nested brackets. Stops without consuming at a closer of another kind that would close an outer bracket,
    /// so that a missing <c>]</c> does not swallow the rest of the block. Returns the end of what was consumed.
    /// </summary>
    private int RecoverTo(TokenKind closer)
    {
        recovering = true;
        var nesting = 0;
        while (true)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.EndOfFile)
            {
                return PreviousEnd;
            }

            if (IsOpener(token.Kind))
            {
                nesting++;
            }
            else if (IsCloser(token.Kind))
            {
                if (nesting == 0)
                {
                    if (token.Kind != closer)
                    {
                        return PreviousEnd;
                    }

                    index++;
                    return token.End;
                }

                nesting--;
            }

            index++;
        }
    }

    /// <summary>
    /// Skips the rest of a broken body item: up to and including the next newline outside brackets, or up to
    /// (not including) a <c>}</c> that closes the enclosing block, or the end of the file.
    /// </summary>
    private void SkipRestOfLine()
    {
        recovering = true;
        var nesting = 0;
        while (true)
        {
            var token = tokens[index];
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    return;
                case TokenKind.Newline when nesting == 0:
                    index++;
                    return;
                case TokenKind.CloseBrace when nesting == 0:
                    return;
            }

            if (IsOpener(token.Kind))
            {
                nesting++;
            }
            else if (IsCloser(token.Kind) && nesting > 0)
            {
                nesting--;
            }

            index++;
        }
    }
}
