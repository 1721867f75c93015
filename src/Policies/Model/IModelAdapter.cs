using System.Collections.Immutable;

namespace PolicyScan.Policies.Model;

/// <summary>
/// Builds typed model objects of one kind from the resources of one input format (Terraform and plans share the
/// Terraform adapters; CloudFormation has its own). Adapters are discovered: adding a format means adding adapters.
/// </summary>
public interface IModelAdapter<T>
    where T : IModelObject
{
    ImmutableArray<T> Build(AdapterContext context);
}
