using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>Loads template text for the tests, and finds resources and values in the result.</summary>
internal static class TemplateTestHost
{
    public static TemplateLoadResult Load(string text, string path = "template.yaml", CloudFormationOptions? options = null, IReadOnlyDictionary<string, string>? parameters = null) =>
        TemplateLoader.Load(new SourceFile(path, text), options ?? new CloudFormationOptions(), parameters ?? new Dictionary<string, string>());

    public static Resource Resource(this TemplateLoadResult result, string logicalId) =>
        result.Resources.Single(r => r.Address == logicalId);

    /// <summary>The value of <paramref name="property"/> of the resource <c>R</c> of a template made from <paramref name="properties"/>.</summary>
    public static Value PropertyOf(string preamble, string properties, string property, CloudFormationOptions? options = null) =>
        PropertiesOf(preamble, properties, options).GetPath(property);

    /// <summary>The properties of <c>R</c>, beside a topic <c>Other</c> to refer to; the template must load without diagnostics.</summary>
    public static MapValue PropertiesOf(string preamble, string properties, CloudFormationOptions? options = null)
    {
        var result = Load(preamble + "\nResources:\n  Other:\n    Type: AWS::SNS::Topic\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n" + properties, options: options);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        return result.Resource("R").Attributes;
    }

    /// <summary>The string at a dotted path of a resource's properties, or null.</summary>
    public static string? GetPathString(this Resource resource, string path) => resource.Attributes.GetPath(path).AsString();

    /// <summary>The text at a range, and its start as line:column, for location asserts.</summary>
    public static string Located(this SourceRange range) => $"{range.StartPosition} {range.Text}";
}
