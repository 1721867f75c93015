namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>How certainly a control covers something: not at all, perhaps (an unknown value decides), or certainly.</summary>
public enum CoverageLevel
{
    No,
    Maybe,
    Yes,
}
