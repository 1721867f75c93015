using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.SageMaker;

/// <summary>
/// Builds the SageMaker models from CloudFormation's <c>AWS::SageMaker::NotebookInstance</c>,
/// <c>AWS::SageMaker::Domain</c>, <c>AWS::SageMaker::EndpointConfig</c> and <c>AWS::SageMaker::Model</c>. Defaults are
/// the ones the CloudFormation reference and the SageMaker API document: notebooks have RootAccess and
/// DirectInternetAccess "Enabled", domains AppNetworkAccessType "PublicInternetOnly", models EnableNetworkIsolation
/// false; a missing KmsKeyId means an AWS-managed key.
/// </summary>
public sealed class CloudFormationSageMakerAdapter :
    IModelAdapter<SageMakerNotebookInstance>,
    IModelAdapter<SageMakerDomain>,
    IModelAdapter<SageMakerEndpointConfiguration>,
    IModelAdapter<SageMakerModel>
{
    ImmutableArray<SageMakerNotebookInstance> IModelAdapter<SageMakerNotebookInstance>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::SageMaker::NotebookInstance").Select(r => new SageMakerNotebookInstance
        {
            Resource = r,
            Name = r["NotebookInstanceName"],
            RootAccess = Defaults.Or(r["RootAccess"], r, "Enabled"),
            DirectInternetAccess = Defaults.Or(r["DirectInternetAccess"], r, "Enabled"),
            KmsKeyId = Defaults.OrMissing(r["KmsKeyId"], r),
            SubnetId = Defaults.OrMissing(r["SubnetId"], r),
        })];

    ImmutableArray<SageMakerDomain> IModelAdapter<SageMakerDomain>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::SageMaker::Domain").Select(r => new SageMakerDomain
        {
            Resource = r,
            Name = r["DomainName"],
            AppNetworkAccessType = Defaults.Or(r["AppNetworkAccessType"], r, "PublicInternetOnly"),
            KmsKeyId = Defaults.OrMissing(r["KmsKeyId"], r),
        })];

    ImmutableArray<SageMakerEndpointConfiguration> IModelAdapter<SageMakerEndpointConfiguration>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::SageMaker::EndpointConfig").Select(r => new SageMakerEndpointConfiguration
        {
            Resource = r,
            Name = r["EndpointConfigName"],
            KmsKeyArn = Defaults.OrMissing(r["KmsKeyId"], r),
        })];

    ImmutableArray<SageMakerModel> IModelAdapter<SageMakerModel>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::SageMaker::Model").Select(r => new SageMakerModel
        {
            Resource = r,
            Name = r["ModelName"],
            EnableNetworkIsolation = Defaults.Or(r["EnableNetworkIsolation"], r, false),
            VpcConfig = r["VpcConfig"] switch
            {
                // An Fn::If on an unknown condition (or a parameter) may or may not give a VpcConfig: a map that may not exist.
                UnknownValue unknown => new MapValue([], unknown.Range, origin: ValueOrigin.Unknown),
                var written => Defaults.OrMissing(written, r),
            },
        })];

    private static IEnumerable<Resource> CloudFormation(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format == SourceFormat.CloudFormation);
}
