using System.Collections.Immutable;
using System.Text;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using Attribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Hcl.Parsing;

// The structural language: bodies, attributes and blocks.
internal sealed partial class NativeParser
{
    /// <summary>Parses all tokens as a configuration body covering <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Body ParseFile(int start, int end)
    {
        var items = ParseBodyItems(isFile: true);
        return new Body(items, RangeOf(start, end));
    }

    /// <summary>
    /// Reads attributes and blocks until the end of the file or, inside a block, until the <c>}</c> that closes it
    /// (left for the caller).
    /// </summary>
    private ImmutableArray<BodyItem> ParseBodyItems(bool isFile)
    {
        var items = ImmutableArray.CreateBuilder<BodyItem>();
        Dictionary<string, Attribute>? attributesByName = null;
        while (true)
        {
            recovering = false;
            var token = tokens[index];
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    return items.ToImmutable();
                case TokenKind.Newline:
                    index++;
                    continue;
                case TokenKind.CloseBrace when !isFile:
                    return items.ToImmutable();
                case TokenKind.Identifier:
                    var item = ParseBodyItem();
                    if (item is Attribute attribute)
                    {
                        attributesByName ??= new Dictionary<string, Attribute>(StringComparer.Ordinal);
                        if (attributesByName.TryGetValue(attribute.Name.Name, out var earlier))
                        {
                            recovering = false;
                            ReportInPlace(DiagnosticCatalog.DuplicateArgument, attribute.Name.Range, attribute.Name.Name, earlier.Name.Range.StartPosition.Line);
                        }
                        else
                        {
                            attributesByName.Add(attribute.Name.Name, attribute);
                        }
                    }

                    if (item is not null)
                    {
                        items.Add(item);
                    }

                    continue;
                case TokenKind.OpenQuote:
                    Report(DiagnosticCatalog.QuotedArgumentName, RangeOf(token));
                    break;
                default:
                    ReportUnexpected(DiagnosticCatalog.ExpectedBodyItem, token);
                    break;
            }

            // Junk where an item should start: skip at least the offending token, then the rest of its line.
            index++;
            if (token.Kind != TokenKind.CloseBrace)
            {
                SkipRestOfLine();
            }
        }
    }

    private BodyItem? ParseBodyItem()
    {
        var name = tokens[index++];
        switch (tokens[index].Kind)
        {
            case TokenKind.Equal:
                return ParseAttribute(name, singleLine: false);
            case TokenKind.OpenQuote or TokenKind.Identifier or TokenKind.OpenBrace:
                return ParseBlock(name);
            default:
                Report(DiagnosticCatalog.ExpectedEqualsAfterName, RangeOf(name), name.Text(text));
                SkipRestOfLine();
                return null;
        }
    }

    private Attribute ParseAttribute(Token name, bool singleLine)
    {
        index++; // the '='
        var expression = ParseExpression();
        var attribute = new Attribute(new Identifier(name.Text(text), RangeOf(name)), expression, RangeOf(name.Start, expression.Range.End));
        if (singleLine)
        {
            return attribute;
        }

        var next = tokens[index];
        switch (next.Kind)
        {
            case TokenKind.Newline:
                index++;
                break;
            case TokenKind.EndOfFile:
                break;
            default:
                ReportUnexpected(DiagnosticCatalog.ArgumentNotOnOwnLine, next);
                SkipRestOfLine();
                break;
        }

        return attribute;
    }

    private Block ParseBlock(Token type)
    {
        var typeIdentifier = new Identifier(type.Text(text), RangeOf(type));
        var labels = ImmutableArray.CreateBuilder<BlockLabel>();
        while (true)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.OpenBrace)
            {
                break;
            }

            if (token.Kind == TokenKind.Identifier)
            {
                index++;
                labels.Add(new BlockLabel(token.Text(text), RangeOf(token)));
                continue;
            }

            if (token.Kind == TokenKind.OpenQuote)
            {
                labels.Add(ParseQuotedLabel());
                continue;
            }

            ReportUnexpected(DiagnosticCatalog.InvalidBlockHeader, token);
            SkipRestOfLine();
            var headerEnd = labels.Count > 0 ? labels[^1].Range.End : type.End;
            return new Block(typeIdentifier, labels.ToImmutable(), new Body([], RangeOf(headerEnd, headerEnd)), RangeOf(type.Start, headerEnd));
        }

        var open = tokens[index++];
        if (!EnterNesting())
        {
            var skippedEnd = RecoverTo(TokenKind.CloseBrace);
            return new Block(typeIdentifier, labels.ToImmutable(), new Body([], RangeOf(open.Start, skippedEnd)), RangeOf(type.Start, skippedEnd));
        }

        var body = tokens[index].Kind is TokenKind.Newline or TokenKind.EndOfFile or TokenKind.CloseBrace
            ? ParseMultiLineBlockBody(open)
            : ParseSingleLineBlockBody(open);
        ExitNesting();

        var end = tokens[index];
        switch (end.Kind)
        {
            case TokenKind.Newline:
                index++;
                break;
            case TokenKind.EndOfFile:
                break;
            default:
                ReportUnexpected(DiagnosticCatalog.BlockNotOnOwnLine, end);
                SkipRestOfLine();
                break;
        }

        return new Block(typeIdentifier, labels.ToImmutable(), body, RangeOf(type.Start, body.Range.End));
    }

    private Body ParseMultiLineBlockBody(Token open)
    {
        var items = ParseBodyItems(isFile: false);
        var close = tokens[index];
        if (close.Kind == TokenKind.CloseBrace)
        {
            index++;
            return new Body(items, RangeOf(open.Start, close.End));
        }

        recovering = false;
        Report(DiagnosticCatalog.UnclosedBlock, RangeOf(open));
        return new Body(items, RangeOf(open.Start, close.Start));
    }

    /// <summary><c>a { b = 1 }</c>: at most one argument, closed on the same line.</summary>
    private Body ParseSingleLineBlockBody(Token open)
    {
        var items = ImmutableArray<BodyItem>.Empty;
        var first = tokens[index];
        var second = tokens[index + 1];
        if (first.Kind == TokenKind.Identifier && second.Kind == TokenKind.Equal)
        {
            index++;
            items = [ParseAttribute(first, singleLine: true)];
        }
        else if (first.Kind == TokenKind.Identifier && second.Kind is TokenKind.OpenQuote or TokenKind.Identifier or TokenKind.OpenBrace)
        {
            Report(DiagnosticCatalog.SingleLineBlockHasBlock, RangeOf(first.Start, second.End));
        }
        else
        {
            ReportUnexpected(DiagnosticCatalog.ExpectedBodyItem, first);
        }

        var close = tokens[index];
        if (close.Kind == TokenKind.CloseBrace && !recovering)
        {
            index++;
            return new Body(items, RangeOf(open.Start, close.End));
        }

        switch (close.Kind)
        {
            case TokenKind.Comma:
                Report(DiagnosticCatalog.SingleLineBlockHasOneArgument, RangeOf(close));
                break;
            case TokenKind.Newline:
                Report(DiagnosticCatalog.SingleLineBlockNotClosed, RangeOf(close));
                break;
            case TokenKind.EndOfFile:
                Report(DiagnosticCatalog.UnclosedBlock, RangeOf(open));
                break;
            default:
                Report(DiagnosticCatalog.ExpectedClosing, RangeOf(close), "}", Describe(close));
                break;
        }

        var end = RecoverTo(TokenKind.CloseBrace);
        return new Body(items, RangeOf(open.Start, Math.Max(end, open.End)));
    }

    /// <summary>A block label in quotes: escapes are allowed, template sequences are not.</summary>
    private BlockLabel ParseQuotedLabel()
    {
        var open = tokens[index++];
        var value = new StringBuilder();
        while (true)
        {
            var token = tokens[index];
            switch (token.Kind)
            {
                case TokenKind.QuotedLiteral:
                    index++;
                    value.Append(DecodeQuotedLiteral(token));
                    continue;
                case TokenKind.CloseQuote:
                    index++;
                    return new BlockLabel(value.ToString(), RangeOf(open.Start, token.End));
                case TokenKind.TemplateInterpolation or TokenKind.TemplateControl:
                    ReportInPlace(DiagnosticCatalog.TemplateInLabel, RangeOf(token));
                    index++;
                    var sequenceEnd = RecoverTo(TokenKind.TemplateSequenceEnd);
                    value.Append(text, token.Start, sequenceEnd - token.Start);
                    continue;
                default:
                    Report(DiagnosticCatalog.UnterminatedString, RangeOf(open));
                    return new BlockLabel(value.ToString(), RangeOf(open.Start, PreviousEnd));
            }
        }
    }
}
