using System.Collections.Immutable;
using System.Globalization;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// Reads ARM template expressions: a JSON string that starts with <c>[</c> and ends with <c>]</c> is an expression,
/// unless it starts with <c>[[</c>, which escapes a literal <c>[</c>. The grammar: function calls <c>name(args)</c>
/// (a dotted <c>ns.fn</c> for user-defined functions), single-quoted strings with <c>''</c> for a quote, integers,
/// property access <c>.name</c> and index <c>[expr]</c>. Never throws on user input: an error carries its offset.
/// </summary>
public static class ArmExpressionParser
{
    /// <summary>Classifies and parses one JSON string value of a template.</summary>
    public static ArmTemplateString ParseTemplateString(string text)
    {
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            return new ArmTemplateString(text, null, null);
        }

        if (text[1] == '[')
        {
            return new ArmTemplateString(text[1..], null, null);
        }

        var parser = new Parser(text, 1, text.Length - 1);
        var expression = parser.ParseWhole();
        return parser.Error is { } error ? new ArmTemplateString(null, null, error) : new ArmTemplateString(null, expression, null);
    }

    /// <summary>Parses an expression without the surrounding brackets (offsets are in <paramref name="text"/>).</summary>
    public static (ArmExpression? Expression, ArmExpressionError? Error) ParseExpression(string text)
    {
        var parser = new Parser(text, 0, text.Length);
        var expression = parser.ParseWhole();
        return parser.Error is { } error ? (null, error) : (expression, null);
    }

    private sealed class Parser(string text, int start, int end)
    {
        private int position = start;

        public ArmExpressionError? Error { get; private set; }

        public ArmExpression? ParseWhole()
        {
            SkipSpace();
            if (position >= end)
            {
                return Fail(position, position, "expected an expression between '[' and ']'");
            }

            var expression = ParsePostfix();
            if (expression is null)
            {
                return null;
            }

            SkipSpace();
            return position < end ? Fail(position, position + 1, $"unexpected '{text[position]}' after the expression") : expression;
        }

        private ArmExpression? ParsePostfix()
        {
            var expression = ParsePrimary();
            while (expression is not null)
            {
                SkipSpace();
                if (Peek() == '.')
                {
                    position++;
                    SkipSpace();
                    var nameStart = position;
                    var name = ReadIdentifier();
                    if (name is null)
                    {
                        return Fail(nameStart, nameStart + 1, "expected a property name after '.'");
                    }

                    expression = new ArmPropertyAccess(expression, name, expression.Start, position);
                }
                else if (Peek() == '[')
                {
                    position++;
                    SkipSpace();
                    var index = ParsePostfix();
                    if (index is null)
                    {
                        return null;
                    }

                    SkipSpace();
                    if (Peek() != ']')
                    {
                        return Fail(position, position + 1, "expected ']' to close the index");
                    }

                    position++;
                    expression = new ArmIndexAccess(expression, index, expression.Start, position);
                }
                else
                {
                    break;
                }
            }

            return expression;
        }

        private ArmExpression? ParsePrimary()
        {
            SkipSpace();
            var begin = position;
            var c = Peek();
            if (c == '\'')
            {
                return ParseString();
            }

            if (c == '-' || char.IsAsciiDigit(c))
            {
                position++;
                while (char.IsAsciiDigit(Peek()))
                {
                    position++;
                }

                var digits = text[begin..position];
                if (digits == "-")
                {
                    return Fail(begin, position, "expected digits after '-'");
                }

                if (Peek() == '.')
                {
                    return Fail(position, position + 1, "ARM expressions have integers only; write json('1.5') for a fraction");
                }

                return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? new ArmIntegerLiteral(number, begin, position)
                    : Fail(begin, position, $"the integer {digits} is out of range");
            }

            var name = ReadIdentifier();
            if (name is null)
            {
                return position >= end
                    ? Fail(position, position, "unexpected end of the expression")
                    : Fail(position, position + 1, $"unexpected '{text[position]}'; expected a function call, a string or an integer");
            }

            // A dotted name followed by '(' is a user-defined function (ns.fn); otherwise the dot is property access.
            var save = position;
            if (Peek() == '.')
            {
                position++;
                var local = ReadIdentifier();
                SkipSpace();
                if (local is not null && Peek() == '(')
                {
                    name = $"{name}.{local}";
                }
                else
                {
                    position = save;
                }
            }

            SkipSpace();
            if (Peek() != '(')
            {
                return Fail(begin, position, $"'{name}' must be called: write {name}(...); ARM has no bare names");
            }

            position++;
            var arguments = ImmutableArray.CreateBuilder<ArmExpression>();
            SkipSpace();
            if (Peek() == ')')
            {
                position++;
                return new ArmFunctionCall(name, arguments.ToImmutable(), begin, position);
            }

            while (true)
            {
                var argument = ParsePostfix();
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
                SkipSpace();
                if (Peek() == ',')
                {
                    position++;
                    continue;
                }

                if (Peek() == ')')
                {
                    position++;
                    return new ArmFunctionCall(name, arguments.ToImmutable(), begin, position);
                }

                return position >= end
                    ? Fail(position, position, $"expected ')' to close the call to '{name}'")
                    : Fail(position, position + 1, $"expected ',' or ')' in the call to '{name}', not '{text[position]}'");
            }
        }

        private ArmExpression? ParseString()
        {
            var begin = position;
            position++;
            var builder = new System.Text.StringBuilder();
            while (position < end)
            {
                var c = text[position];
                if (c == '\'')
                {
                    if (position + 1 < end && text[position + 1] == '\'')
                    {
                        builder.Append('\'');
                        position += 2;
                        continue;
                    }

                    position++;
                    return new ArmStringLiteral(builder.ToString(), begin, position);
                }

                builder.Append(c);
                position++;
            }

            return Fail(begin, end, "the string is not closed: a quote is written '' inside a string");
        }

        private string? ReadIdentifier()
        {
            var begin = position;
            if (position < end && (char.IsAsciiLetter(text[position]) || text[position] == '_' || text[position] == '$'))
            {
                position++;
                while (position < end && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '$'))
                {
                    position++;
                }

                return text[begin..position];
            }

            return null;
        }

        private char Peek() => position < end ? text[position] : '\0';

        private void SkipSpace()
        {
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private ArmExpression? Fail(int from, int to, string message)
        {
            Error ??= new ArmExpressionError(from, Math.Max(from, to), message);
            position = end;
            return null;
        }
    }
}
