using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Parsing;

// Tuples, objects and for expressions.
internal sealed partial class NativeParser
{
    private Expression ParseTupleOrFor()
    {
        var open = Read();
        var previous = SetNewlines(false);
        try
        {
            return IsKeyword(Peek(), "for") ? ParseFor(open, TokenKind.CloseBracket) : ParseTupleElements(open);
        }
        finally
        {
            RestoreNewlines(previous);
        }
    }

    private TupleExpression ParseTupleElements(Token open)
    {
        var elements = ImmutableArray.CreateBuilder<Expression>();
        int end;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.CloseBracket)
            {
                end = Read().End;
                break;
            }

            if (token.Kind == TokenKind.EndOfFile)
            {
                Report(DiagnosticCatalog.ExpectedClosing, RangeOf(open), "]", Describe(token));
                end = PreviousEnd;
                break;
            }

            elements.Add(ParseExpression());
            if (recovering)
            {
                end = RecoverTo(TokenKind.CloseBracket);
                break;
            }

            var separator = Peek();
            if (separator.Kind == TokenKind.Comma)
            {
                Read();
                continue;
            }

            if (separator.Kind != TokenKind.CloseBracket)
            {
                if (separator.Kind == TokenKind.EndOfFile)
                {
                    Report(DiagnosticCatalog.ExpectedClosing, RangeOf(open), "]", Describe(separator));
                }
                else
                {
                    ReportExpected(DiagnosticCatalog.ExpectedSeparator, "']'", separator);
                }

                end = RecoverTo(TokenKind.CloseBracket);
                break;
            }
        }

        return new TupleExpression(elements.ToImmutable(), RangeOf(open.Start, Math.Max(end, open.End)));
    }

    private Expression ParseObjectOrFor()
    {
        var open = Read();

        // A for expression ignores newlines; an object separates its items by them.
        var previous = SetNewlines(false);
        try
        {
            if (IsKeyword(Peek(), "for"))
            {
                return ParseFor(open, TokenKind.CloseBrace);
            }

            newlinesSignificant = true;
            return ParseObjectItems(open);
        }
        finally
        {
            RestoreNewlines(previous);
        }
    }

    private ObjectExpression ParseObjectItems(Token open)
    {
        var items = ImmutableArray.CreateBuilder<ObjectItem>();
        int end;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Newline)
            {
                Read();
                continue;
            }

            if (token.Kind == TokenKind.CloseBrace)
            {
                end = Read().End;
                break;
            }

            if (token.Kind == TokenKind.EndOfFile)
            {
                Report(DiagnosticCatalog.ExpectedClosing, RangeOf(open), "}", Describe(token));
                end = PreviousEnd;
                break;
            }

            var key = ObjectKey(token, ParseExpression());
            if (recovering)
            {
                end = RecoverTo(TokenKind.CloseBrace);
                break;
            }

            var equals = Peek();
            if (equals.Kind is not (TokenKind.Equal or TokenKind.Colon))
            {
                ReportUnexpected(DiagnosticCatalog.ExpectedObjectItemSeparator, equals);
                end = RecoverTo(TokenKind.CloseBrace);
                break;
            }

            Read();
            var value = ParseExpression();
            items.Add(new ObjectItem(key, value, RangeOf(key.Range.Start, value.Range.End)));
            if (recovering)
            {
                end = RecoverTo(TokenKind.CloseBrace);
                break;
            }

            var separator = Peek();
            if (separator.Kind is TokenKind.Comma or TokenKind.Newline)
            {
                Read();
                continue;
            }

            if (separator.Kind == TokenKind.CloseBrace)
            {
                end = Read().End;
                break;
            }

            if (separator.Kind == TokenKind.EndOfFile)
            {
                Report(DiagnosticCatalog.ExpectedClosing, RangeOf(open), "}", Describe(separator));
            }
            else
            {
                ReportExpected(DiagnosticCatalog.ExpectedSeparator, "a new line or '}'", separator);
            }

            end = RecoverTo(TokenKind.CloseBrace);
            break;
        }

        return new ObjectExpression(items.ToImmutable(), RangeOf(open.Start, Math.Max(end, open.End)));
    }

    /// <summary>
    /// A bare identifier key names the attribute literally (<c>{foo = 1}</c> has the key "foo", and so do the
    /// keywords true, false and null); a parenthesised key is evaluated.
    /// </summary>
    private static Expression ObjectKey(Token first, Expression key)
    {
        if (first.Kind != TokenKind.Identifier || key.Range.Start != first.Start || key.Range.End != first.End)
        {
            return key;
        }

        return key switch
        {
            ScopeTraversalExpression { Steps.IsEmpty: true } scope => new LiteralExpression(new StringValue(scope.Root.Name, scope.Range)),
            LiteralExpression { Value: BoolValue or NullValue } literal => new LiteralExpression(new StringValue(literal.Range.Text, literal.Range)),
            _ => key,
        };
    }

    /// <summary><c>[for k, v in coll : value if cond]</c> or <c>{for k, v in coll : key => value... if cond}</c>.</summary>
    private Expression ParseFor(Token open, TokenKind closer)
    {
        var closerText = closer == TokenKind.CloseBracket ? "]" : "}";
        Read(); // 'for'
        var first = Peek();
        if (first.Kind != TokenKind.Identifier)
        {
            return AbandonFor(open, closer, "expected a variable name after 'for', found {0}", first);
        }

        Read();
        Identifier? keyVariable = null;
        var valueVariable = new Identifier(first.Text(text), RangeOf(first));
        if (PeekKind() == TokenKind.Comma)
        {
            Read();
            var second = Peek();
            if (second.Kind != TokenKind.Identifier)
            {
                return AbandonFor(open, closer, "expected the value variable's name after ',', found {0}", second);
            }

            Read();
            keyVariable = valueVariable;
            valueVariable = new Identifier(second.Text(text), RangeOf(second));
        }

        if (!IsKeyword(Peek(), "in"))
        {
            return AbandonFor(open, closer, "expected 'in' after the variable names, found {0}", Peek());
        }

        Read();
        var collection = ParseExpression();
        if (recovering)
        {
            return new ErrorExpression(RangeOf(open.Start, RecoverTo(closer)));
        }

        if (PeekKind() != TokenKind.Colon)
        {
            return AbandonFor(open, closer, "expected ':' after the collection, found {0}", Peek());
        }

        Read();
        Expression? keyResult = null;
        var valueResult = ParseExpression();
        if (PeekKind() == TokenKind.FatArrow)
        {
            Read();
            keyResult = valueResult;
            valueResult = ParseExpression();
        }

        var grouping = false;
        var ellipsis = Peek();
        if (ellipsis.Kind == TokenKind.Ellipsis)
        {
            Read();
            grouping = true;
        }

        Expression? condition = null;
        if (IsKeyword(Peek(), "if"))
        {
            Read();
            condition = ParseExpression();
        }

        if (recovering)
        {
            return new ErrorExpression(RangeOf(open.Start, RecoverTo(closer)));
        }

        var close = Peek();
        if (close.Kind != closer)
        {
            return AbandonFor(open, closer, $"expected '{closerText}' at the end of the for expression, found {{0}}", close);
        }

        Read();
        if (closer == TokenKind.CloseBracket)
        {
            if (keyResult is not null)
            {
                ReportInPlace(DiagnosticCatalog.InvalidForSyntax, keyResult.Range, "a tuple 'for' has no key; remove 'key =>' or use braces to build an object");
                keyResult = null;
            }

            if (grouping)
            {
                ReportInPlace(DiagnosticCatalog.InvalidForSyntax, RangeOf(ellipsis), "grouping with '...' applies only to an object 'for'");
                grouping = false;
            }
        }
        else if (keyResult is null)
        {
            ReportInPlace(DiagnosticCatalog.InvalidForSyntax, valueResult.Range, "an object 'for' needs 'key => value'");
            keyResult = MissingExpressionAt(valueResult.Range.Start);
        }

        return new ForExpression(keyVariable, valueVariable, collection, keyResult, valueResult, condition, grouping, RangeOf(open.Start, close.End));
    }

    /// <summary>Reports a broken for expression (<paramref name="problem"/> names the found token as {0}) and skips it.</summary>
    private ErrorExpression AbandonFor(Token open, TokenKind closer, string problem, Token found)
    {
        Report(DiagnosticCatalog.InvalidForSyntax, RangeOf(found), problem.Replace("{0}", Describe(found), StringComparison.Ordinal));
        return new ErrorExpression(RangeOf(open.Start, Math.Max(open.End, RecoverTo(closer))));
    }
}
