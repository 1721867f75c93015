using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Lambda;

/// <summary>A Lambda function with its environment variables and the key that encrypts them.</summary>
public sealed record LambdaFunction : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary><c>function_name</c>.</summary>
    public required Value Name { get; init; }

    /// <summary>
    /// <c>environment { variables = ... }</c>: a map (each value located where it is written), an unknown value when
    /// the whole map is only known at apply, or missing when the function has no environment.
    /// </summary>
    public required Value EnvironmentVariables { get; init; }

    /// <summary><c>kms_key_arn</c>: missing means Lambda encrypts the environment with the AWS-managed key aws/lambda.</summary>
    public required Value KmsKeyArn { get; init; }

    /// <summary>Whether the function has (or may have) environment variables.</summary>
    public bool MayHaveEnvironment => EnvironmentVariables is MapValue { Count: > 0 } || EnvironmentVariables.IsUnknown;

    public string Label => Name.AsString() is { Length: > 0 } name ? name : Resource.Address;
}
