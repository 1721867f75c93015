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

    /// <summary>
    /// An identifier that is not known but could be everyone: an unset variable could hold "*". The computed ARN or id
    /// of a resource in the configuration (<c>aws_iam_role.reader.arn</c>) names that one principal, so it cannot.
    /// </summary>
    public bool MayBeEveryone => Identifier is UnknownValue unknown
        && !(unknown.References.Length > 0 && unknown.References.All(r => r.Attribute is null || IdentifyingAttributes.Contains(r.Attribute)));

    /// <summary>
    /// Attributes that identify one resource: Terraform's (<c>arn</c>, <c>id</c>, ...) and CloudFormation's
    /// (<c>Arn</c>, <c>RoleId</c>, ...). A reference without an attribute (CloudFormation's <c>!Ref Role</c>) is the
    /// resource's physical id, one principal too.
    /// </summary>
    private static readonly HashSet<string> IdentifyingAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "arn", "id", "unique_id", "account_id", "name", "iam_arn", "RoleId", "UserId", "GroupId",
    };
}
