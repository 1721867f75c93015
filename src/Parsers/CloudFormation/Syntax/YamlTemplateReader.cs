using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>
/// Reads a YAML template into the node tree through YamlDotNet's event parser, which gives each node's start and end
/// as character offsets. Anchors and aliases are resolved (an alias shares the anchored node and its range), merge
/// keys (<c>&lt;&lt;</c>) are applied, short-form tags become long-form mappings, and plain scalars are typed by the
/// YAML core schema. Malformed YAML gives one located diagnostic and no tree, never an exception.
/// </summary>
public sealed partial class YamlTemplateReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private const int MaxDepth = 256;

    private readonly SourceFile source;
    private readonly IParser parser;
    private readonly DiagnosticBag diagnostics = new();
    private readonly Dictionary<string, (TemplateNode Node, long ExpandedSize)> anchors = new(StringComparer.Ordinal);

    // The number of nodes the tree has once every alias is expanded, as the evaluator will walk it. Nested aliases can
    // make it exponential in the file's size (the "billion laughs"); past the limit the file is rejected.
    private const long MaxExpandedNodes = 2_000_000;
    private long expandedNodes;

    private YamlTemplateReader(SourceFile source)
    {
        this.source = source;
        parser = new Parser(new StringReader(source.Text));
    }

    public static TemplateDocument Read(SourceFile source)
    {
        var reader = new YamlTemplateReader(source);
        TemplateNode? root;
        try
        {
            root = reader.ReadDocument();
        }
        catch (YamlException exception)
        {
            var offset = (int)Math.Clamp(exception.Start.Index, 0, source.Text.Length);
            reader.diagnostics.Add(DiagnosticCatalog.CfnYamlSyntax, new SourceRange(source, new TextSpan(offset, offset)), Describe(exception));
            root = null;
        }

        return new TemplateDocument(source, root, reader.diagnostics.ToImmutable());
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its messages with "(Line: 1, Col: 2, Idx: 1) - (...): "; the diagnostic has its own location.
        var message = LocationPrefix().Replace(exception.Message, string.Empty);
        return message.Length == 0 ? exception.GetType().Name : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();

    private TemplateNode? ReadDocument()
    {
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            return null;
        }

        // Only the first document of a stream is a template; CloudFormation reads no other.
        return ReadNode(0);
    }

    private SourceRange RangeOf(Mark start, Mark end) =>
        new(source, new TextSpan((int)start.Index, Math.Max((int)start.Index, (int)end.Index)));

    private TemplateNode ReadNode(int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the stream");
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"the document nests deeper than {MaxDepth} levels");
        }

        var sizeBefore = expandedNodes++;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    expandedNodes += anchored.ExpandedSize;
                    if (expandedNodes > MaxExpandedNodes)
                    {
                        throw new YamlException(alias.Start, alias.End, $"the aliases expand to more than {MaxExpandedNodes} nodes");
                    }

                    return anchored.Node;
                }

                var aliasRange = RangeOf(alias.Start, alias.End);
                diagnostics.Add(DiagnosticCatalog.CfnUndefinedAlias, aliasRange, alias.Value.Value);
                return new TemplateInvalid($"the alias *{alias.Value.Value} is undefined", aliasRange);

            case Scalar scalar:
                parser.MoveNext();
                return Register(scalar.Anchor, ApplyTag(scalar.Tag, ReadScalar(scalar, ContentStart(scalar.Start)), scalar.Start), sizeBefore);

            case SequenceStart sequenceStart:
                return Register(sequenceStart.Anchor, ApplyTag(sequenceStart.Tag, ReadSequence(sequenceStart, depth), sequenceStart.Start), sizeBefore);

            case MappingStart mappingStart:
                return Register(mappingStart.Anchor, ApplyTag(mappingStart.Tag, ReadMapping(mappingStart, depth), mappingStart.Start), sizeBefore);

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private TemplateNode Register(YamlDotNet.Core.AnchorName anchor, TemplateNode node, long sizeBefore)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, expandedNodes - sizeBefore);
        }

        return node;
    }

    /// <summary>
    /// Where a node's content starts: the event's start includes its anchor and tag (<c>!Ref Name</c>), but the
    /// argument of a short-form function is the part after the tag, where a diagnostic about the name points.
    /// </summary>
    private int ContentStart(Mark start)
    {
        var text = source.Text;
        var position = (int)start.Index;
        while (position < text.Length && text[position] is '!' or '&')
        {
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        return position;
    }

    private TemplateScalar ReadScalar(Scalar scalar, int contentStart)
    {
        var range = new SourceRange(source, new TextSpan(Math.Min(contentStart, (int)scalar.End.Index), Math.Max(contentStart, (int)scalar.End.Index)));
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return new TemplateScalar(scalar.Value, TemplateScalarKind.String, range);
        }

        return new TemplateScalar(scalar.Value, YamlScalarResolution.Resolve(scalar.Value), range);
    }

    private TemplateSequence ReadSequence(SequenceStart start, int depth)
    {
        parser.MoveNext();
        var items = ImmutableArray.CreateBuilder<TemplateNode>();
        while (parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(depth + 1));
        }

        var end = parser.Current!;
        parser.MoveNext();

        // A block sequence's end event sits at the next token, past comments and blank lines; its last item ends it.
        var endMark = start.Style == SequenceStyle.Flow || items.Count == 0 ? FlowEnd(end, ']') : items[^1].Range.End;
        return new TemplateSequence(items.ToImmutable(), RangeTo(Math.Min(ContentStart(start.Start), endMark), endMark));
    }

    private TemplateMapping ReadMapping(MappingStart start, int depth)
    {
        parser.MoveNext();
        var entries = ImmutableArray.CreateBuilder<TemplateEntry>();
        var mergedKeys = new HashSet<string>(StringComparer.Ordinal);
        while (parser.Current is not MappingEnd)
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (key is TemplateScalar { Text: "<<" } && key.Range.Text == "<<")
            {
                MergeInto(entries, mergedKeys, value);
                continue;
            }

            var keyText = key is TemplateScalar scalar ? scalar.Text : key.Range.Text;

            // A key written in the mapping overrides the same key merged in, wherever the merge key stands.
            if (mergedKeys.Remove(keyText))
            {
                entries.Remove(entries.First(e => e.Key == keyText));
            }

            entries.Add(new TemplateEntry(keyText, key.Range, value));
        }

        var end = parser.Current!;
        parser.MoveNext();
        var endMark = start.Style == MappingStyle.Flow || entries.Count == 0 ? FlowEnd(end, '}') : entries.Max(e => e.Range.End);
        return new TemplateMapping(entries.ToImmutable(), RangeTo(Math.Min(ContentStart(start.Start), endMark), endMark));
    }

    /// <summary>
    /// Where a flow collection ends: YamlDotNet's end event marks the closing bracket's start, so the bracket itself is
    /// added when it stands there; an implicit end (an empty block collection) keeps the event's mark.
    /// </summary>
    private int FlowEnd(ParsingEvent end, char closer)
    {
        var at = (int)end.Start.Index;
        return at < source.Text.Length && source.Text[at] == closer ? Math.Max(at + 1, (int)end.End.Index) : (int)end.End.Index;
    }

    /// <summary>A merge key adds the entries of the merged mapping(s) that the mapping does not set itself.</summary>
    private static void MergeInto(ImmutableArray<TemplateEntry>.Builder entries, HashSet<string> mergedKeys, TemplateNode merged)
    {
        var sources = merged switch
        {
            TemplateMapping mapping => [mapping],
            TemplateSequence sequence => sequence.Items.OfType<TemplateMapping>().ToList(),
            _ => [],
        };
        foreach (var mapping in sources)
        {
            foreach (var entry in mapping.Entries)
            {
                if (!entries.Any(e => e.Key == entry.Key))
                {
                    entries.Add(entry);
                    mergedKeys.Add(entry.Key);
                }
            }
        }
    }

    private SourceRange RangeTo(int startOffset, int endOffset) =>
        new(source, new TextSpan(startOffset, Math.Max(startOffset, endOffset)));

    private TemplateNode ApplyTag(TagName tag, TemplateNode node, Mark start)
    {
        if (tag.IsEmpty || tag.IsNonSpecific)
        {
            return node;
        }

        var name = tag.Value;
        var range = new SourceRange(source, new TextSpan((int)start.Index, Math.Max((int)start.Index, node.Range.End)));
        if (ShortFormTags.TryGetLongForm(name, out var longForm))
        {
            // The function name's range is the tag itself, so that a diagnostic on the function points at it.
            var tagRange = new SourceRange(source, new TextSpan((int)start.Index, Math.Min(range.End, (int)start.Index + name.Length)));
            return new TemplateMapping([new TemplateEntry(longForm, tagRange, node)], range);
        }

        if (name.StartsWith(CoreTagPrefix, StringComparison.Ordinal) && node is TemplateScalar scalar)
        {
            var kind = name[CoreTagPrefix.Length..] switch
            {
                "int" or "float" => TemplateScalarKind.Number,
                "bool" => TemplateScalarKind.Bool,
                "null" => TemplateScalarKind.Null,
                _ => TemplateScalarKind.String,
            };
            return new TemplateScalar(scalar.Text, kind, scalar.Range);
        }

        if (name.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            return node;
        }

        var tagOnly = new SourceRange(source, new TextSpan((int)start.Index, Math.Min(range.End, (int)start.Index + name.Length)));
        diagnostics.Add(DiagnosticCatalog.CfnUnknownTag, tagOnly, name);
        return new TemplateInvalid($"the tag {name} is unknown", range);
    }
}
