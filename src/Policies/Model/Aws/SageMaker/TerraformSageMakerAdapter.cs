using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>
/// Builds the SageMaker models from Terraform's <c>aws_sagemaker_notebook_instance</c>, <c>aws_sagemaker_domain</c>,
/// <c>aws_sagemaker_endpoint_configuration</c> and <c>aws_sagemaker_model</c>. Defaults are the AWS provider's:
/// notebooks have root access and direct internet access "Enabled", domains "PublicInternetOnly", models no network
/// isolation.
/// </summary>
public sealed class TerraformSageMakerAdapter :
    IModelAdapter<SageMakerNotebookInstance>,
    IModelAdapter<SageMakerDomain>,
    IModelAdapter<SageMakerEndpointConfiguration>,
    IModelAdapter<SageMakerModel>
{
    ImmutableArray<SageMakerNotebookInstance> IModelAdapter<SageMakerNotebookInstance>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_sagemaker_notebook_instance").Select(r => new SageMakerNotebookInstance
        {
            Resource = r,
            Name = r["name"],
            RootAccess = Defaults.Or(r["root_access"], r, "Enabled"),
            DirectInternetAccess = Defaults.Or(r["direct_internet_access"], r, "Enabled"),
            KmsKeyId = Defaults.OrMissing(r["kms_key_id"], r),
            SubnetId = Defaults.OrMissing(r["subnet_id"], r),
        })];

    ImmutableArray<SageMakerDomain> IModelAdapter<SageMakerDomain>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_sagemaker_domain").Select(r => new SageMakerDomain
        {
            Resource = r,
            Name = r["domain_name"],
            AppNetworkAccessType = Defaults.Or(r["app_network_access_type"], r, "PublicInternetOnly"),
            KmsKeyId = Defaults.OrMissing(r["kms_key_id"], r),
        })];

    ImmutableArray<SageMakerEndpointConfiguration> IModelAdapter<SageMakerEndpointConfiguration>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_sagemaker_endpoint_configuration").Select(r => new SageMakerEndpointConfiguration
        {
            Resource = r,
            Name = r["name"],
            KmsKeyArn = Defaults.OrMissing(r["kms_key_arn"], r),
        })];

    ImmutableArray<SageMakerModel> IModelAdapter<SageMakerModel>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_sagemaker_model").Select(r => new SageMakerModel
        {
            Resource = r,
            Name = r["name"],
            EnableNetworkIsolation = Defaults.Or(r["enable_network_isolation"], r, false),
            VpcConfig = FirstBlock(r, "vpc_config"),
        })];

    /// <summary>The first nested block of that name; missing at the header when there is none (also for an empty dynamic block).</summary>
    private static Value FirstBlock(Resource resource, string name) => resource[name] switch
    {
        ListValue { Count: > 0 } list => list.Items[0],
        ListValue => new MissingValue(resource.DeclarationRange),
        MapValue map => map,
        var other => Defaults.OrMissing(other, resource),
    };

    private static IEnumerable<Resource> Terraform(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan);
}
