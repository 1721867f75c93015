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

    /// <summary>
    /// Failed or unknown, but waived by a suppression with a reason (inline, in the configuration, or a Checkov, tfsec,
    /// Trivy or KICS suppression the code already had): kept in the results as evidence of who accepted what.
    /// </summary>
    Suppressed,
}
