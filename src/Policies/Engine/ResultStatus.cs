namespace PolicyScan.Policies.Engine;

/// <summary>
/// The outcome of one policy on one resource. Compliance evidence needs every outcome, passes included;
/// <see cref="Unknown"/> is what a check gives when the value it needs is not knowable before deployment.
/// </summary>
public enum ResultStatus
{
    Passed,
    Failed,
    Unknown,
    NotApplicable,
}
