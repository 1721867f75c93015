using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.GuardDuty;

/// <summary>Builds <see cref="GuardDutyDetector"/> from Terraform's <c>aws_guardduty_detector</c>.</summary>
public sealed class TerraformGuardDutyDetectorAdapter : IModelAdapter<GuardDutyDetector>
{
    public ImmutableArray<GuardDutyDetector> Build(AdapterContext context) =>
        [.. context.Resources("aws_guardduty_detector")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(detector => new GuardDutyDetector { Resource = detector, Enabled = Defaults.Or(detector["enable"], detector, true) })];
}
