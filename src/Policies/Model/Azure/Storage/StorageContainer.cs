using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Azure.Storage;

/// <summary>A blob container and its anonymous access level ("private" by default, "blob" or "container").</summary>
public sealed record StorageContainer(Resource Resource, Value Name, Value AccessType)
{
    /// <summary>Whether the access level is known to let anonymous clients read blobs.</summary>
    public bool IsPublic => AccessType.AsString() is "blob" or "container";
}
