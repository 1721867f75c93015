using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.S3;

/// <summary>One ACL grant: the grantee (type, URI or id) and the permission.</summary>
public sealed record S3Grant(Value GranteeType, Value GranteeUri, Value Permission)
{
    public const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";
    public const string AuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

    /// <summary>A grant to everyone, or to every AWS account holder (which is everyone with an account).</summary>
    public bool IsPublic => GranteeUri.AsString() is AllUsers or AuthenticatedUsers;
}
