using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>A principal: its type (<c>AWS</c>, <c>Service</c>, <c>Federated</c>, <c>CanonicalUser</c>, or <c>*</c> for <c>"Principal": "*"</c>) and one identifier.</summary>
public sealed record PolicyPrincipal(string Type, Value Identifier)
{
    /// <summary>
    /// Anyone: <c>"*"</c>, <c>{"AWS": "*"}</c>, or an AWS principal whose account part is a wildcard
    /// (<c>arn:aws:iam::*:root</c>). False for unknown identifiers.
    /// </summary>
    public bool IsEveryone
    {
        get
        {
            if (Identifier.AsString() is not { } identifier)
            {
                return false;
            }

            if (identifier == "*")
            {
                return Type is "*" or "AWS" or "CanonicalUser";
            }

            return Type == "AWS" && identifier.StartsWith("arn:", StringComparison.Ordinal) && identifier.Split(':') is { Length: >= 5 } parts && parts[4] == "*";
        }
    }
}
