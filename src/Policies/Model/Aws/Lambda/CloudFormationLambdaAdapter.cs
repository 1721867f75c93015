using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Lambda;

/// <summary>
/// Builds <see cref="LambdaFunction"/> from CloudFormation's <c>AWS::Lambda::Function</c> (<c>Environment.Variables</c>,
/// <c>KmsKeyArn</c>: without it Lambda uses the AWS-managed key aws/lambda) and <see cref="LambdaFunctionUrl"/> from
/// <c>AWS::Lambda::Url</c> (<c>AuthType</c>, required), whose <c>TargetFunctionArn</c> names the function by
/// <c>!Ref</c> / <c>!GetAtt</c> or literally.
/// </summary>
public sealed class CloudFormationLambdaAdapter : IModelAdapter<LambdaFunction>, IModelAdapter<LambdaFunctionUrl>
{
    private const string FunctionType = "AWS::Lambda::Function";

    ImmutableArray<LambdaFunction> IModelAdapter<LambdaFunction>.Build(AdapterContext context) =>
        [.. CloudFormation(context, FunctionType).Select(r => new LambdaFunction
        {
            Resource = r,
            Name = r["FunctionName"],
            EnvironmentVariables = r["Environment"] switch
            {
                UnknownValue unknown => unknown,
                var environment when environment["Variables"] is { IsAbsent: false } variables => variables,
                _ => new MissingValue(r.DeclarationRange),
            },
            KmsKeyArn = Defaults.OrMissing(r["KmsKeyArn"], r),
        })];

    ImmutableArray<LambdaFunctionUrl> IModelAdapter<LambdaFunctionUrl>.Build(AdapterContext context) =>
        [.. CloudFormation(context, "AWS::Lambda::Url").Select(r => new LambdaFunctionUrl
        {
            Resource = r,
            FunctionLabel = FunctionLabel(context, r),
            AuthorizationType = r["AuthType"],
        })];

    private static string FunctionLabel(AdapterContext context, Resource url)
    {
        var target = url["TargetFunctionArn"];
        if (target.AsString() is { Length: > 0 } literal)
        {
            return literal;
        }

        var function = context.Links.Targets(url, target, FunctionType).FirstOrDefault();
        return function?["FunctionName"].AsString() ?? function?.Address ?? url.Address;
    }

    private static IEnumerable<Resource> CloudFormation(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format == SourceFormat.CloudFormation);
}
