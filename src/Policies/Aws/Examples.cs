using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Aws;

/// <summary>Builds the per-format fixed examples of policy metadata.</summary>
internal static class Examples
{
    public static ImmutableDictionary<SourceFormat, string> Terraform(string example) =>
        ImmutableDictionary<SourceFormat, string>.Empty.Add(SourceFormat.Terraform, example);

    /// <summary>Adds the CloudFormation example (YAML) of a policy that also supports CloudFormation.</summary>
    public static ImmutableDictionary<SourceFormat, string> AndCloudFormation(this ImmutableDictionary<SourceFormat, string> examples, string example) =>
        examples.Add(SourceFormat.CloudFormation, example);
}
