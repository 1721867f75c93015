namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>AWS managed policies that grant administrative or privilege-escalating permissions.</summary>
public static class AwsManagedPolicies
{
    /// <summary>Names of the AWS managed policies that give full, near-full or IAM-wide control, with what each grants.</summary>
    public static readonly IReadOnlyDictionary<string, string> Privileged = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AdministratorAccess"] = "every action on every resource",
        ["PowerUserAccess"] = "every action except most of IAM and Organizations",
        ["IAMFullAccess"] = "every IAM action, enough to grant itself anything",
    };

    public static bool IsPrivileged(string name) => Privileged.ContainsKey(name);

    /// <summary>The ARN of an AWS managed policy in the commercial partition.</summary>
    public static string ArnOf(string name) => $"arn:aws:iam::aws:policy/{name}";

    /// <summary>
    /// The privileged policy an ARN names, in any partition (<c>arn:aws-us-gov:iam::aws:policy/AdministratorAccess</c>);
    /// null for other ARNs, customer policies and unknown values.
    /// </summary>
    public static string? PrivilegedName(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4] != "aws" || !parts[5].StartsWith("policy/", StringComparison.Ordinal))
        {
            return null;
        }

        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        return IsPrivileged(name) ? name : null;
    }
}
