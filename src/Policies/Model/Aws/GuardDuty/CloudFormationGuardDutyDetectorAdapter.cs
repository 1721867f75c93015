using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.GuardDuty;

/// <summary>
/// Builds <see cref="GuardDutyDetector"/> from CloudFormation's <c>AWS::GuardDuty::Detector</c>. <c>Enable</c> is
/// required by CloudFormation: a detector without it is unknown (the stack cannot be created), not defaulted.
/// </summary>
public sealed class CloudFormationGuardDutyDetectorAdapter : IModelAdapter<GuardDutyDetector>
{
    public ImmutableArray<GuardDutyDetector> Build(AdapterContext context) =>
        [.. context.Resources("AWS::GuardDuty::Detector")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(detector => new GuardDutyDetector
            {
                Resource = detector,
                Enabled = detector["Enable"].IsAbsent
                    ? new UnknownValue("Enable is required by CloudFormation and not set: the stack cannot be created as written", detector.DeclarationRange)
                    : detector["Enable"],
            })];
}
