using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests.Fixtures;

/// <summary>A finding a fixture expects: which policy, with which status, and exactly where (1-based; the end column is exclusive).</summary>
public sealed record ExpectedFinding(string PolicyId, ResultStatus Status, string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() => $"{Status} {PolicyId} at {File}:{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}
