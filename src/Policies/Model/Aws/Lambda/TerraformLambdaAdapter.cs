using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Lambda;

/// <summary>
/// Builds <see cref="LambdaFunction"/> from <c>aws_lambda_function</c> and <see cref="LambdaFunctionUrl"/> from
/// <c>aws_lambda_function_url</c>, whose function is named by reference or by its literal name.
/// </summary>
public sealed class TerraformLambdaAdapter : IModelAdapter<LambdaFunction>, IModelAdapter<LambdaFunctionUrl>
{
    ImmutableArray<LambdaFunction> IModelAdapter<LambdaFunction>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_lambda_function").Select(r => new LambdaFunction
        {
            Resource = r,
            Name = r["function_name"],
            EnvironmentVariables = r["environment"] switch
            {
                ListValue { Count: > 0 } blocks => blocks.Items[0]["variables"],
                UnknownValue unknown => unknown,
                _ => new MissingValue(r.DeclarationRange),
            },
            KmsKeyArn = Defaults.OrMissing(r["kms_key_arn"], r),
        })];

    ImmutableArray<LambdaFunctionUrl> IModelAdapter<LambdaFunctionUrl>.Build(AdapterContext context) =>
        [.. Terraform(context, "aws_lambda_function_url").Select(r => new LambdaFunctionUrl
        {
            Resource = r,
            FunctionLabel = FunctionLabel(context, r),
            AuthorizationType = r["authorization_type"],
        })];

    private static string FunctionLabel(AdapterContext context, Resource url)
    {
        var name = url["function_name"];
        if (name.AsString() is { Length: > 0 } literal)
        {
            return literal;
        }

        var function = context.Links.Targets(url, name, "aws_lambda_function").FirstOrDefault();
        return function?["function_name"].AsString() ?? function?.Address ?? url.Address;
    }

    private static IEnumerable<Resource> Terraform(AdapterContext context, string type) =>
        context.Resources(type).Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan);
}
