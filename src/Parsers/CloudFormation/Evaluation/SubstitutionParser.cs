using System.Collections.Immutable;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>One piece of an <c>Fn::Sub</c> string: literal text, or a variable (<c>${Name}</c>, <c>${Resource.Attribute}</c>).</summary>
public readonly record struct SubstitutionPart(string Text, bool IsVariable);

/// <summary>
/// Splits an <c>Fn::Sub</c> string into literal text and variables. <c>${!Literal}</c> is the escape for a literal
/// <c>${Literal}</c>; an unclosed <c>${</c> is literal text, as CloudFormation leaves it.
/// </summary>
public static class SubstitutionParser
{
    public static ImmutableArray<SubstitutionPart> Parse(string text)
    {
        var parts = ImmutableArray.CreateBuilder<SubstitutionPart>();
        var literal = new System.Text.StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start + 2);
            if (start < 0 || end < 0)
            {
                literal.Append(text, position, text.Length - position);
                break;
            }

            literal.Append(text, position, start - position);
            var inner = text[(start + 2)..end];
            if (inner.StartsWith('!'))
            {
                literal.Append("${").Append(inner, 1, inner.Length - 1).Append('}');
            }
            else
            {
                if (literal.Length > 0)
                {
                    parts.Add(new SubstitutionPart(literal.ToString(), false));
                    literal.Clear();
                }

                parts.Add(new SubstitutionPart(inner.Trim(), true));
            }

            position = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new SubstitutionPart(literal.ToString(), false));
        }

        return parts.ToImmutable();
    }
}
