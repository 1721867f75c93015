using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>A typed model object (an S3 bucket with its linked configuration, a security group rule, ...) and the graph resource it stands for.</summary>
public interface IModelObject
{
    /// <summary>The resource results are reported on (its address, type and location).</summary>
    Resource Resource { get; }
}
