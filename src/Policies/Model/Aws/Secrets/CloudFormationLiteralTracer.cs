using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// Finds where a known string property value was written as a literal in a CloudFormation template: a scalar written
/// in the property (or in the branch of <c>Fn::If</c> that was chosen), or <c>Ref</c> to a parameter whose
/// <c>Default</c> is that literal (only when the value equals the default, so a value given in a parameter file is
/// not taken for it). A dynamic reference (<c>{{resolve:secretsmanager:...}}</c>, <c>{{resolve:ssm-secure:...}}</c>)
/// is resolved by CloudFormation at deployment and is not a literal secret. Other functions (<c>Fn::Sub</c>,
/// <c>Fn::Join</c>, <c>Fn::FindInMap</c>) are not followed.
/// </summary>
public sealed class CloudFormationLiteralTracer
{
    private readonly Dictionary<SourceFile, TemplateDocument> parsed = [];

    /// <summary>The range of the literal the value was written as, or null when it was not (or cannot be) traced to one.</summary>
    public SourceRange? FindLiteral(Value value)
    {
        if (value is not StringValue { Value.Length: > 0 } text || value.Origin != ValueOrigin.Written || value.Range.File is not { } file
            || IsDynamicReference(text.Value))
        {
            return null;
        }

        var document = Parse(file);
        if (document.Root is not TemplateMapping root)
        {
            return null;
        }

        return FindNode(root, value.Range) switch
        {
            TemplateScalar scalar when scalar.Text == text.Value => scalar.Range,
            TemplateMapping { SingleEntry: { Key: "Ref", Value: TemplateScalar { Text: var name } } } => ParameterDefault(root, name, text.Value),
            _ => null,
        };
    }

    private static bool IsDynamicReference(string text) => text.Contains("{{resolve:", StringComparison.Ordinal);

    /// <summary>The literal default of a parameter, when the value is that default.</summary>
    private static SourceRange? ParameterDefault(TemplateMapping root, string name, string text) =>
        root["Parameters"] is TemplateMapping parameters
        && parameters[name] is TemplateMapping declaration
        && declaration["Default"] is TemplateScalar defaultValue
        && defaultValue.Text == text
            ? defaultValue.Range
            : null;

    /// <summary>The node written exactly at <paramref name="range"/>, searched depth first.</summary>
    private static TemplateNode? FindNode(TemplateNode node, SourceRange range)
    {
        if (node.Range == range)
        {
            return node;
        }

        if (!node.Range.Contains(range))
        {
            return null;
        }

        IEnumerable<TemplateNode> children = node switch
        {
            TemplateMapping mapping => mapping.Entries.Select(e => e.Value),
            TemplateSequence sequence => sequence.Items,
            _ => [],
        };
        return children.Select(child => FindNode(child, range)).FirstOrDefault(found => found is not null);
    }

    private TemplateDocument Parse(SourceFile file)
    {
        if (!parsed.TryGetValue(file, out var document))
        {
            document = file.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? JsonTemplateReader.Read(file) : YamlTemplateReader.Read(file);
            parsed[file] = document;
        }

        return document;
    }
}
