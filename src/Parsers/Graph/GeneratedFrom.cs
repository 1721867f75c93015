namespace PolicyScan.Parsers.Graph;

/// <summary>The resource as written (its address and type) that a transform generated another resource from.</summary>
public sealed record GeneratedFrom(string Address, string Type);
