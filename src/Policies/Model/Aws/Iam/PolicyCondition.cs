using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>One condition: <c>{"StringEquals": {"aws:SourceVpce": ["vpce-1"]}}</c> is operator, key and values.</summary>
public sealed record PolicyCondition(Value Operator, Value Key, ImmutableArray<Value> Values)
{
    /// <summary>
    /// Condition keys that tie access to a known network, organisation, account or source; with a positive operator
    /// and a concrete value they make a statement to "*" not public.
    /// </summary>
    private static readonly HashSet<string> RestrictingKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "aws:SourceVpce", "aws:SourceVpc", "aws:SourceIp", "aws:VpcSourceIp", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID", "aws:SourceOrgPaths",
        "aws:ResourceAccount", "aws:ResourceOrgID", "aws:userid", "aws:username", "kms:CallerAccount", "kms:ViaService",
        "lambda:FunctionUrlAuthType", "sns:Endpoint", "s3:DataAccessPointAccount", "s3:DataAccessPointArn", "aws:CalledVia",
    };

    /// <summary>Whether this condition really restricts who can use the statement. Unknown parts do not count as restricting.</summary>
    public bool Restricts
    {
        get
        {
            if (Operator.AsString() is not { } op || Key.AsString() is not { } key || !RestrictingKeys.Contains(key))
            {
                return false;
            }

            // Negated operators (StringNotEquals, NotIpAddress) exclude some callers and admit all others.
            var positive = op.Replace("ForAllValues:", string.Empty, StringComparison.OrdinalIgnoreCase)
                .Replace("ForAnyValue:", string.Empty, StringComparison.OrdinalIgnoreCase)
                .Replace("IfExists", string.Empty, StringComparison.OrdinalIgnoreCase);
            if (positive.Contains("Not", StringComparison.Ordinal) || op.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase) || positive == "Null")
            {
                return false;
            }

            // "*" or 0.0.0.0/0 as the value restricts nothing.
            return !Values.IsEmpty && Values.All(v => v.AsString() is { } s && s != "*" && s != "0.0.0.0/0" && s != "::/0");
        }
    }

    /// <summary>Whether the condition has a part that is not known, so its effect cannot be judged.</summary>
    public bool IsUnknown => Operator.IsUnknown || Key.IsUnknown || Values.Any(v => v.IsUnknown);
}
