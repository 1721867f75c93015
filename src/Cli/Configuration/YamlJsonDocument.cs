using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyScan.Cli.Configuration;

/// <summary>
/// A YAML document as JSON (what JSON Schema validates), with the source range of every value and mapping key by
/// JSON pointer, so that each schema error can be reported at its line and column. Plain scalars are typed as YAML
/// 1.2's core schema types them (<c>true</c>, <c>12</c>, <c>null</c>); quoted scalars are strings; a date stays a
/// string.
/// </summary>
internal sealed partial class YamlJsonDocument
{
    private readonly ImmutableDictionary<string, NodePosition> positions;

    private YamlJsonDocument(SourceFile file, JsonNode? root, ImmutableDictionary<string, NodePosition> positions)
    {
        File = file;
        Root = root;
        this.positions = positions;
    }

    public SourceFile File { get; }

    /// <summary>The document as JSON; an empty document (or one holding only comments) is an empty object.</summary>
    public JsonNode? Root { get; }

    /// <summary>Parses the file; null with a located diagnostic when it is not well-formed YAML.</summary>
    public static YamlJsonDocument? Parse(SourceFile file, out Diagnostic? syntaxError)
    {
        syntaxError = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException exception)
        {
            var offset = (int)Math.Clamp(exception.Start.Index, 0, file.Text.Length);
            var message = exception.InnerException is YamlException inner ? inner.Message : exception.Message;
            syntaxError = Diagnostic.Create(DiagnosticCatalog.ConfigurationSyntax, new SourceRange(file, new TextSpan(offset, offset)), message);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            // A second document would be silently ignored: refuse it, as unknown keys are refused.
            var offset = (int)Math.Clamp(stream.Documents[1].RootNode.Start.Index, 0, file.Text.Length);
            syntaxError = Diagnostic.Create(DiagnosticCatalog.ConfigurationSeveralDocuments, new SourceRange(file, new TextSpan(offset, offset)));
            return null;
        }

        var positions = ImmutableDictionary.CreateBuilder<string, NodePosition>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            positions[string.Empty] = new NodePosition(new SourceRange(file, new TextSpan(0, 0)), null);
            return new YamlJsonDocument(file, new JsonObject(), positions.ToImmutable());
        }

        var root = stream.Documents[0].RootNode;
        var converter = new Converter(file, positions);
        var json = converter.Convert(root, string.Empty, null);
        return new YamlJsonDocument(file, json, positions.ToImmutable());
    }

    /// <summary>
    /// Where to report a problem with the value at <paramref name="pointer"/> (RFC 6901): at its key when
    /// <paramref name="atKey"/> and it has one, else at the value; the nearest enclosing value when the pointer names
    /// something that is not in the document (a missing key is reported at the mapping that lacks it).
    /// </summary>
    public SourceRange RangeOf(string pointer, bool atKey = false)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (positions.TryGetValue(current, out var position))
            {
                return atKey && position.Key is { } key ? key : position.Value;
            }

            if (current.Length == 0)
            {
                return new SourceRange(File, new TextSpan(0, 0));
            }
        }
    }

    /// <summary>Appends a key or index to a JSON pointer, escaping as RFC 6901 says.</summary>
    public static string Append(string pointer, string segment) => pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && NullPattern().IsMatch(scalar.Value ?? string.Empty);

    private static SourceRange RangeOf(SourceFile file, YamlNode node)
    {
        var start = (int)Math.Clamp(node.Start.Index, 0, file.Text.Length);
        var end = (int)Math.Clamp(node.End.Index, start, file.Text.Length);
        return new SourceRange(file, new TextSpan(start, end));
    }

    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    /// <summary>Where a value is written, and its key's range when it is a mapping's value.</summary>
    private sealed record NodePosition(SourceRange Value, SourceRange? Key);

    private sealed class Converter(SourceFile file, ImmutableDictionary<string, NodePosition>.Builder positions)
    {
        public JsonNode? Convert(YamlNode node, string pointer, SourceRange? key)
        {
            positions[pointer] = new NodePosition(RangeOf(file, node), key);
            switch (node)
            {
                case YamlMappingNode mapping:
                    var json = new JsonObject();
                    foreach (var (childKey, childValue) in mapping.Children)
                    {
                        // A key that is not a scalar (a list as a key) has no JSON form; its text keeps it reportable.
                        var name = childKey is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : RangeOf(file, childKey).Text;
                        json[name] = Convert(childValue, Append(pointer, name), RangeOf(file, childKey));
                    }

                    return json;
                case YamlSequenceNode sequence:
                    var array = new JsonArray();
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        array.Add(Convert(sequence.Children[i], Append(pointer, i.ToString(CultureInfo.InvariantCulture)), null));
                    }

                    return array;
                case YamlScalarNode scalar:
                    return ScalarValue(scalar);
                default:
                    return null;
            }
        }

        private static JsonNode? ScalarValue(YamlScalarNode scalar)
        {
            var text = scalar.Value ?? string.Empty;
            if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || !scalar.Tag.IsEmpty)
            {
                return JsonValue.Create(text);
            }

            if (NullPattern().IsMatch(text))
            {
                return null;
            }

            if (BooleanPattern().IsMatch(text))
            {
                return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
            }

            if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return JsonValue.Create(integer);
            }

            if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            return JsonValue.Create(text);
        }
    }
}
