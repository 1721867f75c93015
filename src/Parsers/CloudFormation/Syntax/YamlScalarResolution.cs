using System.Text.RegularExpressions;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>
/// Types a plain (unquoted, untagged) YAML scalar by the YAML 1.2 core schema, which is what CloudFormation's reader
/// does for <c>true</c>, <c>null</c> and numbers. Everything else is a string.
/// </summary>
public static partial class YamlScalarResolution
{
    public static TemplateScalarKind Resolve(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => TemplateScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => TemplateScalarKind.Bool,
        _ when Number().IsMatch(text) => TemplateScalarKind.Number,
        _ => TemplateScalarKind.String,
    };

    public static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$")]
    private static partial Regex Number();
}
