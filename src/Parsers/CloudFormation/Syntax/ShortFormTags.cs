using System.Collections.Frozen;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>The YAML short-form tags CloudFormation accepts, each with the long-form key it stands for.</summary>
public static class ShortFormTags
{
    private static readonly FrozenDictionary<string, string> LongForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["!Ref"] = "Ref",
        ["!Condition"] = "Condition",
        ["!Sub"] = "Fn::Sub",
        ["!GetAtt"] = "Fn::GetAtt",
        ["!Join"] = "Fn::Join",
        ["!Select"] = "Fn::Select",
        ["!Split"] = "Fn::Split",
        ["!If"] = "Fn::If",
        ["!Equals"] = "Fn::Equals",
        ["!And"] = "Fn::And",
        ["!Or"] = "Fn::Or",
        ["!Not"] = "Fn::Not",
        ["!FindInMap"] = "Fn::FindInMap",
        ["!Base64"] = "Fn::Base64",
        ["!Cidr"] = "Fn::Cidr",
        ["!GetAZs"] = "Fn::GetAZs",
        ["!ImportValue"] = "Fn::ImportValue",
        ["!Transform"] = "Fn::Transform",

        // AWS::LanguageExtensions functions, also written in short form.
        ["!Length"] = "Fn::Length",
        ["!ToJsonString"] = "Fn::ToJsonString",

        // The functions of the Rules section, which assert on parameter values; rules are not evaluated.
        ["!ValueOf"] = "Fn::ValueOf",
        ["!ValueOfAll"] = "Fn::ValueOfAll",
        ["!Contains"] = "Fn::Contains",
        ["!EachMemberEquals"] = "Fn::EachMemberEquals",
        ["!EachMemberIn"] = "Fn::EachMemberIn",
        ["!RefAll"] = "Fn::RefAll",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The long form of a tag. The directives of AWS's <c>rain</c> tool (<c>!Rain::Embed</c>, <c>!Rain::Module</c>, ...),
    /// which many published templates use and <c>rain pkg</c> expands before deployment, keep their name as the key.
    /// </summary>
    public static bool TryGetLongForm(string tag, out string longForm)
    {
        if (tag.StartsWith("!Rain::", StringComparison.Ordinal))
        {
            longForm = tag[1..];
            return true;
        }

        return LongForms.TryGetValue(tag, out longForm!);
    }

    public static bool IsRainDirective(string key) => key.StartsWith("Rain::", StringComparison.Ordinal);
}
