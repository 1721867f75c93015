namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>Whether a resource will carry a tag once applied.</summary>
public enum TagPresence
{
    /// <summary>A known tag map (the resource's or the provider's default tags) has the key; its value may be unknown.</summary>
    Present,

    /// <summary>Every tag map is known and none has the key.</summary>
    Missing,

    /// <summary>No known map has the key, and at least one map is unknown (an unset variable, a computed value).</summary>
    Unknown,
}
