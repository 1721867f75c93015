using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>Reads the addresses a plan writes: module instance paths, configuration paths and references.</summary>
internal static partial class PlanAddresses
{
    /// <summary>
    /// The configuration path of a module instance address: <c>module.a["x"].module.b[0]</c> gives <c>a.b</c>, the key
    /// the plan's <c>configuration</c> section nests module calls by.
    /// </summary>
    public static string ConfigurationPath(string moduleAddress) =>
        string.Join('.', ModuleStep().Matches(moduleAddress).Select(m => m.Groups["name"].Value));

    /// <summary>The module instance that calls <paramref name="moduleAddress"/>: <c>module.a["x"].module.b</c> gives <c>module.a["x"]</c>.</summary>
    public static string ParentModule(string moduleAddress)
    {
        var steps = ModuleStep().Matches(moduleAddress);
        return steps.Count <= 1 ? string.Empty : moduleAddress[..(steps[^1].Index - 1)];
    }

    /// <summary>
    /// The resource a configuration reference names, or null for anything else (variables, locals, module outputs,
    /// <c>each</c>, <c>count</c>, <c>path</c>): <c>aws_s3_bucket.b.id</c> gives (<c>aws_s3_bucket.b</c>, <c>id</c>),
    /// <c>data.aws_iam_policy_document.p.json</c> keeps its <c>data.</c> prefix, an index stays on the address.
    /// </summary>
    public static (string LocalAddress, string? Index, string? Attribute)? ResourceReference(string reference)
    {
        var match = ResourceReferencePattern().Match(reference);
        if (!match.Success)
        {
            return null;
        }

        var head = match.Groups["head"].Value;
        if (head is "var" or "local" or "module" or "each" or "count" or "path" or "terraform" or "self")
        {
            return null;
        }

        var address = match.Groups["data"].Success ? $"data.{head}.{match.Groups["name"].Value}" : $"{head}.{match.Groups["name"].Value}";
        return (address, match.Groups["index"].Success ? match.Groups["index"].Value : null, match.Groups["attribute"].Success ? match.Groups["attribute"].Value : null);
    }

    /// <summary>The instance key of a plan resource's <c>index</c>: a number (count) or a string (for_each).</summary>
    public static InstanceKey KeyOf(Json.JsonNode? index) => index switch
    {
        Json.JsonNumber { Value: { } number } when number == decimal.Truncate(number) => InstanceKey.FromIndex((int)number),
        Json.JsonString text => InstanceKey.FromKey(text.Value),
        _ => InstanceKey.None,
    };

    [GeneratedRegex(@"module\.(?<name>[A-Za-z0-9_-]+)(\[(""(?:[^""\\]|\\.)*""|[0-9]+)\])?")]
    private static partial Regex ModuleStep();

    [GeneratedRegex(@"^(?<data>data\.)?(?<head>[A-Za-z0-9_-]+)\.(?<name>[A-Za-z0-9_-]+)(?<index>\[(""(?:[^""\\]|\\.)*""|[0-9]+)\])?(\.(?<attribute>[A-Za-z0-9_-]+))?")]
    private static partial Regex ResourceReferencePattern();
}
