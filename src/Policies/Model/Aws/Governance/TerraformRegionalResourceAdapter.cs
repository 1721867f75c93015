using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// Builds <see cref="RegionalResource"/> from every managed Terraform <c>aws_</c> resource. The effective region is the
/// resource's own <c>region</c> argument if written, else its provider configuration's <c>region</c> (provider docs,
/// "Enhanced Region Support": "The effective Region is the value of the top-level region argument if configured or
/// the Region defined in the provider configuration"). A provider configuration without <c>region</c>, or no
/// configuration at all, leaves the region to the environment (<c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the
/// shared config file): unknown.
/// </summary>
public sealed class TerraformRegionalResourceAdapter : IModelAdapter<RegionalResource>
{
    private const string FromEnvironment = "so it comes from the environment (AWS_REGION, AWS_DEFAULT_REGION or the shared config file)";

    public ImmutableArray<RegionalResource> Build(AdapterContext context) =>
        [.. context.Graph.Resources
            .Where(r => r.Mode == ResourceMode.Managed && r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan
                && r.Type.StartsWith("aws_", StringComparison.Ordinal))
            .Select(Regional)];

    /// <summary>
    /// A plan holds <c>region</c> for resources that do not write it (the computed attribute of <c>aws_s3_bucket</c>,
    /// the top-level argument of provider v6), unknown until apply when the resource is created. An unknown without
    /// references comes from no expression of the configuration (a written <c>region</c> is a constant, a variable the
    /// plan knows, or an expression whose references the plan records): the provider fills it in from its own
    /// configuration, which is where the region is then read.
    /// </summary>
    private static bool IsComputedByProvider(Resource resource, Value region) =>
        resource.Format == SourceFormat.TerraformPlan && region is UnknownValue { References.IsEmpty: true };

    private static RegionalResource Regional(Resource resource)
    {
        var replicas = resource.Type == "aws_dynamodb_table"
            ? resource["replica"].AsBlocks().Select(r => r["region_name"]).Where(r => !r.IsAbsent).ToImmutableArray()
            : [];
        var global = GlobalServices.OfTerraformType(resource.Type);
        if (resource.Attributes.TryGetValue("region", out var own) && !own.IsNull && !IsComputedByProvider(resource, own))
        {
            return new RegionalResource
            {
                Resource = resource, Region = own, Source = RegionSource.Resource, SourceDescription = "its region argument",
                GlobalService = global, ReplicaRegions = replicas,
            };
        }

        if (resource.Provider is not { } provider)
        {
            return new RegionalResource
            {
                Resource = resource,
                Region = new UnknownValue($"no provider \"aws\" configuration is declared, {FromEnvironment}", SourceRange.None),
                Source = RegionSource.Environment, SourceDescription = "the environment", GlobalService = global, ReplicaRegions = replicas,
            };
        }

        var name = $"provider \"{provider.LocalAddress}\"";
        return provider.Region.IsAbsent
            ? new RegionalResource
            {
                Resource = resource,
                Region = new UnknownValue($"{name} does not set region, {FromEnvironment}", SourceRange.None),
                Source = RegionSource.Environment, SourceDescription = "the environment", GlobalService = global, ReplicaRegions = replicas,
            }
            : new RegionalResource
            {
                Resource = resource, Region = provider.Region, Source = RegionSource.Provider, SourceDescription = name,
                GlobalService = global, ReplicaRegions = replicas,
            };
    }
}
