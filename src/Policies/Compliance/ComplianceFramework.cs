namespace PolicyScan.Policies.Compliance;

/// <summary>A framework of the compliance catalogue: its key as cited (<c>hipaa</c>) and its display name.</summary>
public sealed record ComplianceFramework(string Key, string Name);
