using System.Collections.Immutable;
using System.Globalization;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Parsing;

// The expression language: operators by precedence, terms, traversals, splats and function calls.
internal sealed partial class NativeParser
{
    /// <summary>Parses the whole token stream as one expression (newlines are not significant).</summary>
    public Expression ParseStandaloneExpression()
    {
        newlinesSignificant = false;
        var expression = ParseExpression();
        var next = Peek();
        if (next.Kind != TokenKind.EndOfFile)
        {
            ReportUnexpected(DiagnosticCatalog.UnexpectedAfterExpression, next);
        }

        return expression;
    }

    private Expression ParseExpression()
    {
        if (!EnterNesting())
        {
            return MissingExpressionAt(Peek().Start);
        }

        var condition = ParseBinary(1);
        if (PeekKind() != TokenKind.Question)
        {
            ExitNesting();
            return condition;
        }

        Read();
        var trueResult = ParseExpression();
        Expression falseResult;
        if (PeekKind() == TokenKind.Colon)
        {
            Read();
            falseResult = ParseExpression();
        }
        else
        {
            var found = Peek();
            ReportUnexpected(DiagnosticCatalog.ExpectedConditionalColon, found);
            falseResult = MissingExpressionAt(found.Start);
        }

        ExitNesting();
        return new ConditionalExpression(condition, trueResult, falseResult, RangeOf(condition.Range.Start, Math.Max(falseResult.Range.End, trueResult.Range.End)));
    }

    /// <summary>Precedence climbing: operators of one level associate to the left.</summary>
    private Expression ParseBinary(int minimumPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            var (binaryOperator, precedence) = BinaryOperatorOf(PeekKind());
            if (precedence < minimumPrecedence)
            {
                return left;
            }

            Read();
            var right = ParseBinary(precedence + 1);
            left = new BinaryExpression(binaryOperator, left, right, RangeOf(left.Range.Start, right.Range.End));
        }
    }

    /// <summary>The spec's levels: || 1, &amp;&amp; 2, == != 3, comparisons 4, + - 5, * / % 6; 0 is not an operator.</summary>
    private static (BinaryOperator Operator, int Precedence) BinaryOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.OrOr => (BinaryOperator.Or, 1),
        TokenKind.AndAnd => (BinaryOperator.And, 2),
        TokenKind.EqualEqual => (BinaryOperator.Equal, 3),
        TokenKind.NotEqual => (BinaryOperator.NotEqual, 3),
        TokenKind.Less => (BinaryOperator.Less, 4),
        TokenKind.LessEqual => (BinaryOperator.LessOrEqual, 4),
        TokenKind.Greater => (BinaryOperator.Greater, 4),
        TokenKind.GreaterEqual => (BinaryOperator.GreaterOrEqual, 4),
        TokenKind.Plus => (BinaryOperator.Add, 5),
        TokenKind.Minus => (BinaryOperator.Subtract, 5),
        TokenKind.Star => (BinaryOperator.Multiply, 6),
        TokenKind.Slash => (BinaryOperator.Divide, 6),
        TokenKind.Percent => (BinaryOperator.Modulo, 6),
        _ => (default, 0),
    };

    /// <summary>Unary operators bind tighter than any binary one: <c>-a + b</c> is <c>(-a) + b</c>.</summary>
    private Expression ParseUnary()
    {
        var token = Peek();
        if (token.Kind is not (TokenKind.Minus or TokenKind.Bang))
        {
            return ParsePostfix(ParsePrimary());
        }

        Read();
        if (!EnterNesting())
        {
            return MissingExpressionAt(Peek().Start);
        }

        var operand = ParseUnary();
        ExitNesting();
        var unaryOperator = token.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Not;
        return new UnaryExpression(unaryOperator, operand, RangeOf(token.Start, operand.Range.End));
    }

    private Expression ParsePrimary()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Number:
                Read();
                return new LiteralExpression(NumberValueOf(token));
            case TokenKind.Identifier:
                Read();
                if (PeekKind() is TokenKind.OpenParen or TokenKind.DoubleColon)
                {
                    return ParseFunctionCall(token);
                }

                var range = RangeOf(token);
                var name = token.Slice(text);
                if (name.SequenceEqual("true"))
                {
                    return new LiteralExpression(new BoolValue(true, range));
                }

                if (name.SequenceEqual("false"))
                {
                    return new LiteralExpression(new BoolValue(false, range));
                }

                if (name.SequenceEqual("null"))
                {
                    return new LiteralExpression(new NullValue(range));
                }

                return new ScopeTraversalExpression(new Identifier(name.ToString(), range), [], range);
            case TokenKind.OpenQuote:
                return ParseQuotedTemplate();
            case TokenKind.OpenHeredoc:
                return ParseHeredoc();
            case TokenKind.OpenParen:
                return ParseParentheses();
            case TokenKind.OpenBracket:
                return ParseTupleOrFor();
            case TokenKind.OpenBrace:
                return ParseObjectOrFor();
            default:
                ReportUnexpected(DiagnosticCatalog.ExpectedExpression, token);
                return MissingExpressionAt(token.Start);
        }
    }

    private Value NumberValueOf(Token token)
    {
        var range = RangeOf(token);
        if (decimal.TryParse(token.Slice(text), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return new NumberValue(number, range);
        }

        ReportInPlace(DiagnosticCatalog.NumberOutOfRange, range, token.Text(text));
        return new UnknownValue("number out of range", range);
    }

    private Expression ParseParentheses()
    {
        var open = Read();
        var previous = SetNewlines(false);
        var inner = ParseExpression();
        var close = Peek();
        int end;
        if (close.Kind == TokenKind.CloseParen && !recovering)
        {
            Read();
            end = close.End;
        }
        else
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, ")", close);
            end = RecoverTo(TokenKind.CloseParen);
        }

        RestoreNewlines(previous);
        return new ParenthesesExpression(inner, RangeOf(open.Start, Math.Max(end, inner.Range.End)));
    }

    /// <summary><c>name(args)</c> or <c>provider::aws::arn_parse(args)</c>; the name keeps its <c>::</c> parts.</summary>
    private Expression ParseFunctionCall(Token first)
    {
        var nameEnd = first.End;
        while (PeekKind() == TokenKind.DoubleColon)
        {
            Read();
            var part = Peek();
            if (part.Kind != TokenKind.Identifier)
            {
                ReportUnexpected(DiagnosticCatalog.ExpectedFunctionName, part);
                return new ErrorExpression(RangeOf(first.Start, PreviousEnd));
            }

            Read();
            nameEnd = part.End;
        }

        var name = new Identifier(text.Substring(first.Start, nameEnd - first.Start), RangeOf(first.Start, nameEnd));
        if (PeekKind() != TokenKind.OpenParen)
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, "(", Peek());
            return new ErrorExpression(name.Range);
        }

        Read();
        var previous = SetNewlines(false);
        var arguments = ImmutableArray.CreateBuilder<Expression>();
        var expandFinal = false;
        int end;
        while (true)
        {
            if (PeekKind() == TokenKind.CloseParen)
            {
                end = Read().End;
                break;
            }

            arguments.Add(ParseExpression());
            if (recovering)
            {
                end = RecoverTo(TokenKind.CloseParen);
                break;
            }

            var separator = Peek();
            if (separator.Kind == TokenKind.Comma)
            {
                Read();
                continue;
            }

            if (separator.Kind == TokenKind.CloseParen)
            {
                end = Read().End;
                break;
            }

            if (separator.Kind == TokenKind.Ellipsis)
            {
                Read();
                expandFinal = true;
                if (PeekKind() == TokenKind.CloseParen)
                {
                    end = Read().End;
                    break;
                }

                ReportUnexpected(DiagnosticCatalog.EllipsisNotLast, Peek());
            }
            else
            {
                ReportExpected(DiagnosticCatalog.ExpectedSeparator, "')'", separator);
            }

            end = RecoverTo(TokenKind.CloseParen);
            break;
        }

        RestoreNewlines(previous);
        return new FunctionCallExpression(name, arguments.ToImmutable(), expandFinal, RangeOf(first.Start, Math.Max(end, nameEnd)));
    }
}
