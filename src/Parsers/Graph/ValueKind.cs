namespace PolicyScan.Parsers.Graph;

/// <summary>What a <see cref="Value"/> is. <see cref="Missing"/> is what reading an absent path gives.</summary>
public enum ValueKind
{
    Missing,
    Null,
    Unknown,
    Bool,
    Number,
    String,
    List,
    Map,
}
