using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Parsing;

// Postfix operators: attribute access, static and computed indexes, legacy .0 indexes, and both splats.
internal sealed partial class NativeParser
{
    /// <summary>
    /// Applies the postfix operators after a term. Static steps are gathered and attached in one go (a scope
    /// traversal when the term is a plain variable); a computed index or a splat closes the run of steps.
    /// </summary>
    private Expression ParsePostfix(Expression term)
    {
        var current = term;
        List<TraversalStep>? steps = null;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Dot)
            {
                var second = PeekSecond();
                if (second.Kind == TokenKind.Star)
                {
                    current = ParseAttributeSplat(AttachSteps(current, steps));
                    continue;
                }

                var step = ParseDotStep();
                if (step is null)
                {
                    return new ErrorExpression(RangeOf(term.Range.Start, PreviousEnd));
                }

                (steps ??= []).Add(step);
                continue;
            }

            if (token.Kind != TokenKind.OpenBracket)
            {
                return AttachSteps(current, steps);
            }

            if (PeekSecond().Kind == TokenKind.Star)
            {
                current = ParseFullSplat(AttachSteps(current, steps));
                continue;
            }

            var (key, indexStep, end) = ParseIndex();
            if (indexStep is not null)
            {
                (steps ??= []).Add(indexStep);
            }
            else
            {
                var collection = AttachSteps(current, steps);
                current = new IndexExpression(collection, key, RangeOf(collection.Range.Start, end));
            }
        }
    }

    /// <summary><c>.name</c> or the legacy index <c>.0</c>; null (reported) when neither follows the dot.</summary>
    private TraversalStep? ParseDotStep()
    {
        var dot = Read();
        var token = Peek();
        if (token.Kind == TokenKind.Identifier)
        {
            Read();
            return new AttributeStep(token.Text(text), RangeOf(dot.Start, token.End));
        }

        if (token.Kind == TokenKind.Number)
        {
            Read();
            var number = token.Slice(text);
            var range = RangeOf(dot.Start, token.End);
            var point = number.IndexOf('.');
            if (point >= 0)
            {
                // "a.0.1" lexes as a fractional number; the spec rejects chained legacy indexes.
                ReportInPlace(DiagnosticCatalog.ChainedLegacyIndex, RangeOf(token), number.ToString(), number[..point].ToString(), number[(point + 1)..].ToString());
                return new IndexStep(new UnknownValue("chained legacy index", range), range);
            }

            return new IndexStep(NumberValueOf(token).WithRange(range), range);
        }

        ReportUnexpected(DiagnosticCatalog.ExpectedAttributeName, token);
        return null;
    }

    /// <summary>
    /// <c>[key]</c>: a literal key (number, bool, null or a plain string) is a static step; anything else is a
    /// computed index whose key expression is returned.
    /// </summary>
    private (Expression Key, IndexStep? Step, int End) ParseIndex()
    {
        var open = Read();
        var previous = SetNewlines(false);
        var key = ParseExpression();
        int end;
        var close = Peek();
        if (close.Kind == TokenKind.CloseBracket && !recovering)
        {
            end = Read().End;
        }
        else
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, "]", close);
            end = Math.Max(RecoverTo(TokenKind.CloseBracket), key.Range.End);
        }

        RestoreNewlines(previous);
        var range = RangeOf(open.Start, end);
        var staticKey = key switch
        {
            LiteralExpression literal => literal.Value,
            TemplateExpression { Parts: [LiteralExpression { Value: StringValue text }] } template => new StringValue(text.Value, template.Range),
            _ => null,
        };
        return (key, staticKey is null ? null : new IndexStep(staticKey, range), end);
    }

    /// <summary><c>source.*.a.b</c>: only attribute steps (and legacy <c>.0</c>) belong to the splat.</summary>
    private Expression ParseAttributeSplat(Expression source)
    {
        Read(); // '.'
        var end = Read().End; // '*'
        var steps = ImmutableArray.CreateBuilder<TraversalStep>();
        while (PeekKind() == TokenKind.Dot && PeekSecond().Kind is TokenKind.Identifier or TokenKind.Number)
        {
            var step = ParseDotStep()!;
            steps.Add(step);
            end = step.Range.End;
        }

        return new SplatExpression(source, steps.ToImmutable(), IsFull: false, RangeOf(source.Range.Start, end));
    }

    /// <summary>
    /// <c>source[*].a[0].b</c>: attribute and literal index steps belong to the splat. A computed index ends it and
    /// applies to the splat's result, as the tree has no place for a computed step inside a splat.
    /// </summary>
    private Expression ParseFullSplat(Expression source)
    {
        Read(); // '['
        Read(); // '*'
        var close = Peek();
        int end;
        if (close.Kind == TokenKind.CloseBracket)
        {
            end = Read().End;
        }
        else
        {
            ReportExpected(DiagnosticCatalog.ExpectedClosing, "]", close);
            end = RecoverTo(TokenKind.CloseBracket);
        }

        var steps = ImmutableArray.CreateBuilder<TraversalStep>();
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Dot && PeekSecond().Kind is TokenKind.Identifier or TokenKind.Number)
            {
                var step = ParseDotStep()!;
                steps.Add(step);
                end = step.Range.End;
                continue;
            }

            if (token.Kind != TokenKind.OpenBracket || PeekSecond().Kind == TokenKind.Star)
            {
                break;
            }

            var (key, indexStep, indexEnd) = ParseIndex();
            if (indexStep is null)
            {
                var splat = new SplatExpression(source, steps.ToImmutable(), IsFull: true, RangeOf(source.Range.Start, end));
                return new IndexExpression(splat, key, RangeOf(source.Range.Start, indexEnd));
            }

            steps.Add(indexStep);
            end = indexEnd;
        }

        return new SplatExpression(source, steps.ToImmutable(), IsFull: true, RangeOf(source.Range.Start, end));
    }

    /// <summary>Attaches gathered static steps to <paramref name="source"/> and clears them.</summary>
    private Expression AttachSteps(Expression source, List<TraversalStep>? steps)
    {
        if (steps is null || steps.Count == 0)
        {
            return source;
        }

        var range = RangeOf(source.Range.Start, steps[^1].Range.End);
        Expression result = source switch
        {
            ScopeTraversalExpression scope => new ScopeTraversalExpression(scope.Root, scope.Steps.AddRange(steps), range),
            RelativeTraversalExpression relative => new RelativeTraversalExpression(relative.Source, relative.Steps.AddRange(steps), range),
            _ => new RelativeTraversalExpression(source, [.. steps], range),
        };
        steps.Clear();
        return result;
    }
}
