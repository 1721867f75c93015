using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.GuardDuty;

namespace PolicyScan.Policies.Aws.GuardDuty;

/// <summary>A GuardDuty detector that is switched off.</summary>
public sealed class GuardDutyDetectorDisabledPolicy : Policy<GuardDutyDetector>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-GUARDDUTY-001",
        Name = "guardduty-detector-disabled",
        Title = "GuardDuty detector is disabled",
        Severity = Severity.High,
        Description = "The aws_guardduty_detector sets enable = false, so GuardDuty analyses no CloudTrail, VPC flow or DNS events in that Region. Left out, enable is true. In CloudFormation Enable = false fails; Enable is required there, so a detector without it is unknown (the stack cannot be created as written).",
        Rationale = "GuardDuty is the managed detection of compromised credentials, malware and data exfiltration; switched off, an attack on systems holding patient data goes unnoticed until it is reported from outside.",
        Remediation = "Remove enable = false (or set it to true) on the detector.",
        FixedExamples = Examples.Terraform("""
            resource "aws_guardduty_detector" "main" {
              enable = true
            }
            """).AndCloudFormation("""
            Resources:
              Detector:
                Type: AWS::GuardDuty::Detector
                Properties:
                  Enable: true
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(D)", "hipaa:164.308(a)(5)(ii)(B)", "hipaa:164.308(a)(6)(ii)", "gdpr:32(1)(b)", "gdpr:33", "nis2:21(2)(b)", "iso27001:8.7", "iso27001:8.16", "aws-fsbp:GuardDuty.1"],
        Related = ["checkov:CKV_AWS_238"],
        ResourceTypes = ["aws_guardduty_detector", "AWS::GuardDuty::Detector"],
    };

    protected override void Check(GuardDutyDetector detector, PolicyCheck check) =>
        check.Require(detector.Enabled, v => !v.IsFalse, $"GuardDuty detector \"{detector.Resource.Address}\" is disabled ({check.Name("enable", "Enable")} = false)");
}
