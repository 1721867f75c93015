using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>How messages name a SageMaker resource.</summary>
internal static class SageMakerNames
{
    /// <summary>The resource's own name when it is known, else its address (names are often generated).</summary>
    public static string Label(Value name, Resource resource) => name.AsString() is { Length: > 0 } known ? known : resource.Address;
}
