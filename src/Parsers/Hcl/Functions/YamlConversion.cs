using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// yamldecode and yamlencode. Plain scalars are resolved by the YAML 1.2 core schema, as Terraform does
/// ("yes" stays a string); yamlencode writes block style with double-quoted strings and keys, like Terraform.
/// </summary>
internal static partial class YamlConversion
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    public static Value Decode(string text, FunctionInvocation invocation)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw FunctionInvocation.Fail($"on line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        return stream.Documents.Count switch
        {
            0 => invocation.Null(),
            1 => FromNode(stream.Documents[0].RootNode, invocation.Range),
            _ => throw FunctionInvocation.Fail("unexpected extra content after value: only one YAML document is allowed"),
        };
    }

    private static Value FromNode(YamlNode node, SourceRange range)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return new ListValue([.. sequence.Children.Select(c => FromNode(c, range))], range, SequenceShape.Tuple);
            case YamlMappingNode mapping:
                var entries = new List<KeyValuePair<string, Value>>();
                foreach (var (key, value) in mapping.Children)
                {
                    var keyValue = FromNode(key, range);
                    var name = TypeConversion.ToPrimitiveString(keyValue)
                        ?? throw FunctionInvocation.Fail($"on line {key.Start.Line}: only primitive mapping keys are supported");
                    entries.Add(new(name, FromNode(value, range)));
                }

                return new MapValue(entries, range, MappingShape.Object);
            case YamlScalarNode scalar:
                return FromScalar(scalar, range);
            default:
                throw FunctionInvocation.Fail($"on line {node.Start.Line}: unsupported YAML node");
        }
    }

    private static Value FromScalar(YamlScalarNode scalar, SourceRange range)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is not null && tag != "!")
        {
            var name = tag.StartsWith(TagPrefix, StringComparison.Ordinal) ? tag[TagPrefix.Length..] : tag;
            return name switch
            {
                "str" => new StringValue(text, range),
                "null" => new NullValue(range),
                "bool" => ResolvePlain(text, range) as BoolValue ?? throw FunctionInvocation.Fail($"cannot decode \"{text}\" as a bool"),
                "int" or "float" => ResolvePlain(text, range) as NumberValue ?? throw FunctionInvocation.Fail($"cannot decode \"{text}\" as a number"),
                "binary" => new StringValue(Convert.ToBase64String(EncodingFunctions.DecodeBase64(text.Replace("\n", string.Empty).Replace(" ", string.Empty))), range),
                _ => throw FunctionInvocation.Fail($"unsupported YAML tag {tag}"),
            };
        }

        return scalar.Style == ScalarStyle.Plain ? ResolvePlain(text, range) : new StringValue(text, range);
    }

    private static Value ResolvePlain(string text, SourceRange range)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new NullValue(range);
            case "true" or "True" or "TRUE":
                return new BoolValue(true, range);
            case "false" or "False" or "FALSE":
                return new BoolValue(false, range);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "-.inf" or ".nan" or ".NaN" or ".NAN":
                throw FunctionInvocation.Fail($"cannot represent {text} as a number");
        }

        if (DecimalInteger().IsMatch(text) || FloatNumber().IsMatch(text))
        {
            return NumberFormat.TryParse(text, out var number) ? new NumberValue(number, range) : throw FunctionInvocation.Fail($"the number {text} is too large");
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && text[2..].All(c => c is >= '0' and <= '7'))
        {
            return FromBigInteger(text[2..].Aggregate(BigInteger.Zero, (n, c) => (n * 8) + (c - '0')), text, range);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length > 2 && text[2..].All(char.IsAsciiHexDigit))
        {
            return FromBigInteger(BigInteger.Parse("0" + text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture), text, range);
        }

        return new StringValue(text, range);
    }

    private static NumberValue FromBigInteger(BigInteger number, string text, SourceRange range) =>
        number <= (BigInteger)decimal.MaxValue ? new NumberValue((decimal)number, range) : throw FunctionInvocation.Fail($"the number {text} is too large");

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatNumber();

    public static string Encode(Value value)
    {
        var builder = new StringBuilder();
        if (IsBlock(value))
        {
            AppendBlock(builder, value, 0);
        }
        else
        {
            builder.Append(Scalar(value, 0)).Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsBlock(Value value) => value is ListValue { Count: > 0 } or MapValue { Count: > 0 };

    /// <summary>Writes a non-empty sequence or mapping whose first line starts at the current position, indented by <paramref name="indent"/>.</summary>
    private static void AppendBlock(StringBuilder builder, Value value, int indent)
    {
        var padding = new string(' ', indent);
        var first = true;
        if (value is ListValue list)
        {
            foreach (var item in list.Items)
            {
                builder.Append(first ? string.Empty : padding).Append("- ");
                first = false;
                if (IsBlock(item))
                {
                    AppendBlock(builder, item, indent + 2);
                }
                else
                {
                    builder.Append(Scalar(item, indent + 2)).Append('\n');
                }
            }

            return;
        }

        foreach (var (key, item) in ((MapValue)value).Entries)
        {
            builder.Append(first ? string.Empty : padding).Append(JsonValueWriter.Quote(key)).Append(':');
            first = false;
            if (item is MapValue { Count: > 0 })
            {
                builder.Append('\n').Append(new string(' ', indent + 2));
                AppendBlock(builder, item, indent + 2);
            }
            else if (item is ListValue { Count: > 0 })
            {
                // Sequences under a key are not indented further, as Terraform writes them.
                builder.Append('\n').Append(padding);
                AppendBlock(builder, item, indent);
            }
            else
            {
                builder.Append(' ').Append(Scalar(item, indent + 2)).Append('\n');
            }
        }
    }

    private static string Scalar(Value value, int indent) => value switch
    {
        NullValue or MissingValue => "null",
        BoolValue b => b.Value ? "true" : "false",
        NumberValue n => NumberFormat.Format(n.Value),
        StringValue s when s.Value.Contains('\n') => Literal(s.Value, indent),
        StringValue s => JsonValueWriter.Quote(s.Value),
        ListValue => "[]",
        MapValue => "{}",
        _ => throw FunctionInvocation.Fail("cannot encode an unknown value as YAML"),
    };

    /// <summary>A multi-line string as a literal block, with the chomping indicator that keeps its final newlines.</summary>
    private static string Literal(string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        var chomping = trailing == 0 ? "-" : trailing == 1 ? string.Empty : "+";
        var body = trailing == 0 ? text : text[..^1];
        var padding = new string(' ', Math.Max(indent, 2));
        var lines = body.Split('\n').Select(l => l.Length == 0 ? string.Empty : padding + l);
        return "|" + chomping + "\n" + string.Join("\n", lines);
    }
}
