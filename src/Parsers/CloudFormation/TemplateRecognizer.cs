using System.Text.RegularExpressions;
using PolicyScan.Parsers.CloudFormation.Syntax;

namespace PolicyScan.Parsers.CloudFormation;

/// <summary>
/// Tells CloudFormation templates from the other YAML and JSON in a repository (Kubernetes manifests, workflows,
/// package.json, parameter files, linter configurations), by content. First a cheap look at the text, so that most
/// other files are never parsed; then the top-level keys of the parsed tree.
/// </summary>
public static partial class TemplateRecognizer
{
    /// <summary>
    /// Whether the text may be a template: it names <c>AWSTemplateFormatVersion</c>, or has a top-level
    /// <c>Resources</c> key (a YAML line starting with it, or a quoted JSON key anywhere, since JSON may be minified). Also decides whether a file that
    /// fails to parse is reported: a broken file that does not even look like a template is not ours to judge.
    /// </summary>
    public static bool MayBeTemplate(string text) =>
        text.Contains("AWSTemplateFormatVersion", StringComparison.Ordinal) || ResourcesKey().IsMatch(text);

    /// <summary>A template has <c>AWSTemplateFormatVersion</c>, or a <c>Resources</c> mapping with a resource of a CloudFormation type.</summary>
    public static bool IsTemplate(TemplateNode? root)
    {
        if (root is not TemplateMapping top)
        {
            return false;
        }

        if (top.TryGetEntry("AWSTemplateFormatVersion", out _))
        {
            return true;
        }

        return top["Resources"] is TemplateMapping resources && resources.Entries.Any(e =>
            e.Value is TemplateMapping resource && resource["Type"] is TemplateScalar { Kind: TemplateScalarKind.String } type && IsResourceType(type.Text));
    }

    /// <summary>
    /// AWS, Custom and Alexa types, and the registry's third-party and private types and modules
    /// (<c>Organization::Service::Resource</c>, <c>...::MODULE</c>), whose three-part shape other YAML does not use.
    /// </summary>
    public static bool IsResourceType(string type) =>
        type.StartsWith("AWS::", StringComparison.Ordinal) || type.StartsWith("Custom::", StringComparison.Ordinal) || type.StartsWith("Alexa::", StringComparison.Ordinal)
        || RegistryType().IsMatch(type);

    [GeneratedRegex(@"^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?$")]
    private static partial Regex RegistryType();

    [GeneratedRegex(@"(^|\n)Resources[ \t]*:|""Resources""\s*:")]
    private static partial Regex ResourcesKey();
}
