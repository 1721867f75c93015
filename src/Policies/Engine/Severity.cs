namespace PolicyScan.Policies.Engine;

/// <summary>How bad a failure is; ordered, so that <c>--fail-on</c> can compare.</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
