using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Aws;

/// <summary>
/// Checks shared by the AI workload and API policies on settings that must be present: a missing setting fails at the
/// resource header; a value only known after apply passes when it comes from another resource (a key or subnet
/// managed in the configuration) and is unknown when it refers to none (an unset variable, which could be null).
/// </summary>
internal static class RequiredSettings
{
    /// <summary>
    /// Requires <paramref name="value"/> to be set; <paramref name="subject"/> is the setting in words. An empty string
    /// counts as not set: the AWS provider leaves an empty optional string out of the API call.
    /// </summary>
    public static void Present(PolicyCheck check, Value value, string failure, string subject)
    {
        if (value.IsAbsent || value is StringValue { Value: var text } && string.IsNullOrWhiteSpace(text))
        {
            check.Fail(value, failure);
        }
        else if (value is UnknownValue { References.IsEmpty: true } unknown)
        {
            check.Unknown(value, $"{subject} is only known after apply and may be null: {unknown.Reason}");
        }
    }

    /// <summary>
    /// Requires a customer-managed KMS key: set, and not an AWS-managed alias (<c>alias/aws/...</c>), which gives no
    /// control over who may decrypt.
    /// </summary>
    public static void CustomerManagedKey(PolicyCheck check, Value key, string failure, string subject)
    {
        if (key.AsString() is { } literal && IsAwsManaged(literal))
        {
            check.Fail(key, $"{subject} names the AWS-managed key \"{literal}\", not a customer-managed key");
            return;
        }

        Present(check, key, failure, subject);
    }

    /// <summary>AWS-managed keys are named by aliases under <c>alias/aws/</c> (also inside an alias ARN).</summary>
    public static bool IsAwsManaged(string key) => key.StartsWith("alias/aws/", StringComparison.Ordinal) || key.Contains(":alias/aws/", StringComparison.Ordinal);
}
