using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Aws;

/// <summary>Builds the per-format fixed examples of policy metadata.</summary>
internal static class Examples
{
    public static ImmutableDictionary<SourceFormat, string> Terraform(string example) =>
        ImmutableDictionary<SourceFormat, string>.Empty.Add(SourceFormat.Terraform, example);
}
