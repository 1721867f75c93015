using System.Collections.Immutable;
using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// Builds <see cref="RegionalResource"/> from every CloudFormation <c>AWS::</c> resource. A template's resources are
/// created in the region of the stack it is deployed as (the <c>AWS::Region</c> pseudo parameter), which the template
/// does not name: the front end gives it as the resource's provider (<see cref="StackProvider"/>), the scan's
/// <c>--region</c> or unknown. That region has no place in the template, so a finding on it points at the logical id.
/// An <c>AWS::DynamoDB::GlobalTable</c> keeps a copy of its data in the <c>Region</c> of each of its <c>Replicas</c>.
/// </summary>
public sealed class CloudFormationRegionalResourceAdapter : IModelAdapter<RegionalResource>
{
    public ImmutableArray<RegionalResource> Build(AdapterContext context) =>
        [.. context.Graph.Resources
            .Where(r => r.Mode == ResourceMode.Managed && r.Format == SourceFormat.CloudFormation && r.Type.StartsWith("AWS::", StringComparison.Ordinal))
            .Select(Regional)];

    private static RegionalResource Regional(Resource resource) => new()
    {
        Resource = resource,
        Region = resource.Provider?.Region is { IsAbsent: false } region
            ? region
            : new UnknownValue(StackProvider.UnknownRegionReason, SourceRange.None),
        Source = RegionSource.Stack,
        SourceDescription = "--region, the stack's region",
        GlobalService = GlobalServices.OfCloudFormationType(resource.Type),
        ReplicaRegions = resource.Type == "AWS::DynamoDB::GlobalTable" && resource["Replicas"] is ListValue replicas
            ? [.. replicas.Items.Select(r => r["Region"]).Where(r => !r.IsAbsent)]
            : [],
    };
}
