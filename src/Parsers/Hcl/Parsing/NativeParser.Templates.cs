using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Parsing;

// The template language: quoted strings, heredocs and bare templates, with interpolations and directives.
internal sealed partial class NativeParser
{
    private Expression ParseQuotedTemplate()
    {
        var open = Read();

        // Most strings in configuration are plain text: build them without the general machinery.
        var first = tokens[index];
        if (first.Kind == TokenKind.CloseQuote)
        {
            index++;
            return new TemplateExpression([EmptyLiteralAt(first.Start)], RangeOf(open.Start, first.End));
        }

        if (first.Kind == TokenKind.QuotedLiteral && tokens[index + 1].Kind == TokenKind.CloseQuote && IsVerbatim(first, quoted: true))
        {
            var close = tokens[index + 1];
            index += 2;
            return new TemplateExpression([new LiteralExpression(new StringValue(first.Text(text), RangeOf(first)))], RangeOf(open.Start, close.End));
        }

        var items = ParseTemplateItems();
        int end;
        var closing = tokens[index];
        if (closing.Kind == TokenKind.CloseQuote)
        {
            index++;
            end = closing.End;
        }
        else
        {
            Report(DiagnosticCatalog.UnterminatedString, RangeOf(open));
            end = PreviousEnd;
        }

        return BuildTemplate(items, open.Start, end);
    }

    private Expression ParseHeredoc()
    {
        var open = Read();
        var flush = text[open.Start + 2] == '-';
        var items = ParseTemplateItems();
        int end;
        var closing = tokens[index];
        if (closing.Kind == TokenKind.CloseHeredoc)
        {
            index++;
            end = closing.End;
        }
        else
        {
            var markerStart = open.Start + (flush ? 3 : 2);
            var marker = text[markerStart..open.End].TrimEnd('\r', '\n');
            Report(DiagnosticCatalog.UnterminatedHeredoc, RangeOf(open.Start, markerStart + marker.Length), marker);
            end = PreviousEnd;
        }

        if (flush)
        {
            HeredocIndentation.RemoveCommonIndentation(items);
        }

        return BuildTemplate(items, open.Start, end);
    }

    /// <summary>Parses all tokens as template content (no delimiters), covering <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Expression ParseBareTemplate(int start, int end)
    {
        var items = ParseTemplateItems();
        return BuildTemplate(items, start, end);
    }

    /// <summary>Reads literals, interpolations and directives up to whatever ends the template (left for the caller).</summary>
    private List<TemplateItem> ParseTemplateItems()
    {
        var items = new List<TemplateItem>();
        while (true)
        {
            var token = tokens[index];
            switch (token.Kind)
            {
                case TokenKind.QuotedLiteral:
                    index++;
                    items.Add(new TemplateLiteralItem(DecodeQuotedLiteral(token), IsVerbatim(token, quoted: true), token.Start, token.End));
                    break;
                case TokenKind.StringLiteral:
                    index++;
                    items.Add(new TemplateLiteralItem(DecodeTemplateLiteral(token), IsVerbatim(token, quoted: false), token.Start, token.End));
                    break;
                case TokenKind.TemplateInterpolation:
                    items.Add(ParseInterpolation());
                    break;
                case TokenKind.TemplateControl:
                    items.Add(ParseDirective());
                    break;
                default:
                    return items;
            }
        }
    }

    private TemplateItem ParseInterpolation()
    {
        var open = tokens[index++];
        var previous = SetNewlines(false);
        var expression = ParseExpression();
        var (stripAfter, end) = ReadSequenceEnd();
        RestoreNewlines(previous);
        return new TemplateInterpolationItem(expression, open.HasStripMarker, stripAfter, open.Start, Math.Max(end, expression.Range.End));
    }

    private (bool StripAfter, int End) ReadSequenceEnd()
    {
        var close = Peek();
        if (close.Kind == TokenKind.TemplateSequenceEnd && !recovering)
        {
            index++;
            return (close.HasStripMarker, close.End);
        }

        ReportExpected(DiagnosticCatalog.ExpectedClosing, "}", close);
        var end = RecoverTo(TokenKind.TemplateSequenceEnd);
        var last = tokens[index - 1];
        return (last.Kind == TokenKind.TemplateSequenceEnd && last.HasStripMarker, end);
    }

    private TemplateItem ParseDirective()
    {
        var open = tokens[index++];
        var previous = SetNewlines(false);
        var keyword = Peek();
        TemplateDirectiveKind kind;
        Expression? expression = null;
        Identifier? keyVariable = null;
        Identifier? valueVariable = null;
        switch (keyword.Kind == TokenKind.Identifier ? keyword.Text(text) : string.Empty)
        {
            case "if":
                Read();
                kind = TemplateDirectiveKind.If;
                expression = ParseExpression();
                break;
            case "else":
                Read();
                kind = TemplateDirectiveKind.Else;
                break;
            case "endif":
                Read();
                kind = TemplateDirectiveKind.EndIf;
                break;
            case "endfor":
                Read();
                kind = TemplateDirectiveKind.EndFor;
                break;
            case "for":
                Read();
                kind = TemplateDirectiveKind.For;
                (keyVariable, valueVariable, expression) = ParseForDirectiveHeader(keyword);
                break;
            default:
                ReportUnexpected(DiagnosticCatalog.InvalidTemplateDirective, keyword);
                kind = TemplateDirectiveKind.If;
                expression = MissingExpressionAt(keyword.Start);
                break;
        }

        var (stripAfter, end) = ReadSequenceEnd();
        RestoreNewlines(previous);
        return new TemplateDirectiveItem(kind, expression, keyVariable, valueVariable, open.HasStripMarker, stripAfter, open.Start, end);
    }

    private (Identifier? Key, Identifier Value, Expression Collection) ParseForDirectiveHeader(Token forKeyword)
    {
        var first = Peek();
        if (first.Kind != TokenKind.Identifier)
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, "a variable name after 'for", first);
            return (null, new Identifier(string.Empty, RangeOf(forKeyword.End, forKeyword.End)), MissingExpressionAt(first.Start));
        }

        Read();
        Identifier? key = null;
        var value = new Identifier(first.Text(text), RangeOf(first));
        if (PeekKind() == TokenKind.Comma)
        {
            Read();
            var second = Peek();
            if (second.Kind != TokenKind.Identifier)
            {
                ReportExpected(DiagnosticCatalog.ExpectedClosing, "a variable name after ',", second);
                return (null, value, MissingExpressionAt(second.Start));
            }

            Read();
            key = value;
            value = new Identifier(second.Text(text), RangeOf(second));
        }

        if (!IsKeyword(Peek(), "in"))
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, "in", Peek());
            return (key, value, MissingExpressionAt(Peek().Start));
        }

        Read();
        return (key, value, ParseExpression());
    }

    /// <summary>
    /// Turns the flat items into the template node: strip markers trim the neighbouring literals, directives are
    /// nested, and a template that is exactly one interpolation is unwrapped, as the spec says.
    /// </summary>
    private Expression BuildTemplate(List<TemplateItem> items, int start, int end)
    {
        var range = RangeOf(start, end);
        if (items is [TemplateInterpolationItem only])
        {
            return new TemplateWrapExpression(only.Expression, range);
        }

        TemplateStripping.Apply(items);
        var position = 0;
        var parts = BuildParts(items, ref position, nested: false);
        if (parts.Length == 0)
        {
            parts = [EmptyLiteralAt(items.Count > 0 ? items[0].Start : start)];
        }

        return new TemplateExpression(parts, range);
    }

    private LiteralExpression EmptyLiteralAt(int offset) => new(new StringValue(string.Empty, RangeOf(offset, offset)));

    /// <summary>Builds parts until the end or, when <paramref name="nested"/>, until an else/endif/endfor.</summary>
    private ImmutableArray<Expression> BuildParts(List<TemplateItem> items, ref int position, bool nested)
    {
        var parts = ImmutableArray.CreateBuilder<Expression>();
        while (position < items.Count)
        {
            var item = items[position];
            switch (item)
            {
                case TemplateLiteralItem literal:
                    position++;
                    if (literal.Value.Length == 0)
                    {
                        break;
                    }

                    // Adjacent literals (heredoc lines, text around an escape) read best as one part.
                    if (parts.Count > 0 && parts[^1] is LiteralExpression { Value: StringValue before } previousLiteral && previousLiteral.Range.End <= literal.Start)
                    {
                        parts[^1] = new LiteralExpression(new StringValue(before.Value + literal.Value, RangeOf(previousLiteral.Range.Start, literal.End)));
                    }
                    else
                    {
                        parts.Add(new LiteralExpression(new StringValue(literal.Value, RangeOf(literal.Start, literal.End))));
                    }

                    break;
                case TemplateInterpolationItem interpolation:
                    position++;
                    parts.Add(interpolation.Expression);
                    break;
                case TemplateDirectiveItem { Kind: TemplateDirectiveKind.If or TemplateDirectiveKind.For } directive:
                    position++;
                    parts.Add(BuildDirective(items, ref position, directive));
                    break;
                case TemplateDirectiveItem closing:
                    if (nested)
                    {
                        return parts.ToImmutable();
                    }

                    position++;
                    ReportInPlace(DiagnosticCatalog.InvalidTemplateDirective, RangeOf(closing.Start, closing.End), $"%{{{KeywordOf(closing.Kind)}}} has no matching %{{{(closing.Kind == TemplateDirectiveKind.EndFor ? "for" : "if")}}}");
                    break;
            }
        }

        return parts.ToImmutable();
    }

    private Expression BuildDirective(List<TemplateItem> items, ref int position, TemplateDirectiveItem opening)
    {
        if (!EnterNesting())
        {
            position = items.Count;
            return MissingExpressionAt(opening.Start);
        }

        var isIf = opening.Kind == TemplateDirectiveKind.If;
        var body = BuildNestedTemplate(items, ref position, opening.End);
        TemplateExpression? elseBody = null;
        if (isIf && position < items.Count && items[position] is TemplateDirectiveItem { Kind: TemplateDirectiveKind.Else } elseItem)
        {
            position++;
            elseBody = BuildNestedTemplate(items, ref position, elseItem.End);
        }

        var expectedEnd = isIf ? TemplateDirectiveKind.EndIf : TemplateDirectiveKind.EndFor;
        int end;
        if (position < items.Count && items[position] is TemplateDirectiveItem closing && closing.Kind == expectedEnd)
        {
            position++;
            end = closing.End;
        }
        else
        {
            ReportInPlace(DiagnosticCatalog.InvalidTemplateDirective, RangeOf(opening.Start, opening.End), $"expected %{{{KeywordOf(expectedEnd)}}} to close this %{{{KeywordOf(opening.Kind)}}}");
            end = position < items.Count ? items[position].Start : (position > 0 ? items[position - 1].End : opening.End);
        }

        ExitNesting();
        var range = RangeOf(opening.Start, Math.Max(end, opening.End));
        var expression = opening.Expression ?? MissingExpressionAt(opening.End);
        return isIf
            ? new TemplateIfDirective(expression, body, elseBody, range)
            : new TemplateForDirective(opening.KeyVariable, opening.ValueVariable ?? new Identifier(string.Empty, RangeOf(opening.End, opening.End)), expression, body, range);
    }

    private TemplateExpression BuildNestedTemplate(List<TemplateItem> items, ref int position, int start)
    {
        var parts = BuildParts(items, ref position, nested: true);
        var end = position < items.Count ? items[position].Start : (items.Count > 0 ? items[^1].End : start);
        return new TemplateExpression(parts, RangeOf(start, Math.Max(start, end)));
    }

    private static string KeywordOf(TemplateDirectiveKind kind) => kind switch
    {
        TemplateDirectiveKind.If => "if",
        TemplateDirectiveKind.Else => "else",
        TemplateDirectiveKind.EndIf => "endif",
        TemplateDirectiveKind.For => "for",
        _ => "endfor",
    };
}
